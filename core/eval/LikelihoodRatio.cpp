#include "core/eval/LikelihoodRatio.h"

#include "core/common/Tr.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace descry {

namespace {

const char* const kField = "calibration.likelihood_ratio";
constexpr double kLn10 = 2.302585092994046;

// ln(1 + e^x) without overflow; +inf for +inf, 0 for -inf.
double softplus(double x)
{
    if (x > 0)
        return x + std::log1p(std::exp(-x));
    return std::log1p(std::exp(x));
}

// Finite scores of both kinds, or an Input error saying what is missing.
Status checkPairs(const std::vector<double>& scores, const std::vector<int>& same)
{
    if (scores.size() != same.size())
        return Error(ErrorCode::Input,
                     Tr::tr("LR calibration: %1 scores but %2 labels").arg(scores.size()).arg(same.size()));
    int ns = 0, nd = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (!std::isfinite(scores[i]))
            return Error(ErrorCode::Input, Tr::tr("LR calibration: score of pair %1 is not a finite number").arg(i));
        (same[i] ? ns : nd)++;
    }
    if (ns == 0 || nd == 0)
        return Error(ErrorCode::Input,
                     Tr::tr("LR calibration needs same-source and different-source pairs (%1 same, %2 different)")
                         .arg(ns)
                         .arg(nd));
    return {};
}

// One PAV block over the score-sorted pairs: its score interval and its counts of same and different pairs.
struct PavBlock
{
    double lo = 0, hi = 0, nSame = 0, nDiff = 0;
    double rate() const { return nSame / (nSame + nDiff); }
};

// Pool-adjacent-violators on the proportion of same pairs, ties in score always pooled (an isotonic function of
// the score cannot separate equal scores). Blocks ascend in score with non-decreasing rate.
std::vector<PavBlock> pav(const std::vector<double>& scores, const std::vector<int>& same)
{
    std::vector<size_t> order(scores.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return scores[x] < scores[y]; });
    std::vector<PavBlock> blocks;
    for (size_t i : order) {
        const double s = scores[i];
        if (!blocks.empty() && blocks.back().hi == s) {
            (same[i] ? blocks.back().nSame : blocks.back().nDiff) += 1;
        } else {
            blocks.push_back({s, s, same[i] ? 1.0 : 0.0, same[i] ? 0.0 : 1.0});
        }
        // Merging with the left neighbour while it is not below restores monotonicity.
        while (blocks.size() > 1 && blocks[blocks.size() - 2].rate() >= blocks.back().rate()) {
            PavBlock last = blocks.back();
            blocks.pop_back();
            blocks.back().hi = last.hi;
            blocks.back().nSame += last.nSame;
            blocks.back().nDiff += last.nDiff;
        }
    }
    return blocks;
}

// Natural-log LR of a PAV block: posterior log-odds minus the prior log-odds of the pairs it was fitted on.
double blockLnLr(const PavBlock& b, double totalSame, double totalDiff)
{
    return std::log(b.nSame) - std::log(b.nDiff) - std::log(totalSame) + std::log(totalDiff);
}

LrRange rangeOf(const std::vector<double>& v)
{
    LrRange r;
    for (double x : v)
        r.include(x);
    return r;
}

void finishFit(LrCalibration* cal, const std::vector<double>& scores, const std::vector<int>& same)
{
    cal->pairsSame = int(std::count_if(same.begin(), same.end(), [](int s) { return s != 0; }));
    cal->pairsDifferent = int(same.size()) - cal->pairsSame;
    cal->score = rangeOf(scores);
    std::vector<double> l;
    for (double s : scores)
        l.push_back(cal->log10Lr(s));
    cal->cllr = cllr(l, same);
    cal->cllrMin = cllrMin(scores, same);
}

QJsonValue rangeJson(const LrRange& r)
{
    return r.empty() ? QJsonValue() : QJsonValue(QJsonArray{r.min, r.max});
}

Error fieldError(const QString& file, const QString& field, const QString& what)
{
    return Error(ErrorCode::Model, QStringLiteral("%1.%2: %3").arg(QLatin1String(kField), field, what), file);
}

Result<double> numberField(const QJsonObject& o, const QString& file, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fieldError(file, key, Tr::tr("missing"));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fieldError(file, key, Tr::tr("must be a finite number"));
    return v.toDouble();
}

Result<int> countField(const QJsonObject& o, const QString& file, const QString& key)
{
    auto v = numberField(o, file, key);
    if (!v)
        return v.error();
    if (*v < 1 || *v > 1e9 || *v != std::floor(*v))
        return fieldError(file, key, Tr::tr("must be a whole number of pairs, at least 1"));
    return int(*v);
}

Result<QString> stringField(const QJsonObject& o, const QString& file, const QString& key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fieldError(file, key, Tr::tr("missing"));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fieldError(file, key, Tr::tr("must be a non-empty string"));
    return v.toString();
}

// [min, max] with min <= max; null (no such photos recorded) only where `nullable`.
Result<LrRange> rangeField(const QJsonObject& o, const QString& file, const QString& key, bool nullable)
{
    const QJsonValue v = o.value(key.section(QLatin1Char('.'), -1));
    if (v.isUndefined())
        return fieldError(file, key, Tr::tr("missing"));
    if (v.isNull() && nullable)
        return LrRange{};
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble() || !std::isfinite(a[0].toDouble()) ||
        !std::isfinite(a[1].toDouble()) || a[0].toDouble() > a[1].toDouble())
        return fieldError(file, key, Tr::tr("must be [min, max], two finite numbers with min <= max"));
    return LrRange{a[0].toDouble(), a[1].toDouble()};
}

Result<std::vector<LrBlock>> pavField(const QJsonObject& o, const QString& file)
{
    const QJsonValue v = o.value(QStringLiteral("pav"));
    if (v.isUndefined())
        return fieldError(file, QStringLiteral("pav"), Tr::tr("missing (the isotonic method needs its table)"));
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.isEmpty() || a.size() > 100000)
        return fieldError(file, QStringLiteral("pav"),
                          Tr::tr("must be a non-empty array of [score_min, score_max, log10_lr]"));
    std::vector<LrBlock> blocks;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonArray row = a[i].toArray();
        const QString where = QStringLiteral("pav[%1]").arg(i);
        bool numbers = a[i].isArray() && row.size() == 3;
        for (qsizetype k = 0; numbers && k < 3; ++k)
            numbers = row[k].isDouble() && std::isfinite(row[k].toDouble());
        if (!numbers)
            return fieldError(file, where, Tr::tr("must be [score_min, score_max, log10_lr], three finite numbers"));
        const LrBlock b{row[0].toDouble(), row[1].toDouble(), row[2].toDouble()};
        if (b.scoreMin > b.scoreMax ||
            (!blocks.empty() && (b.scoreMin <= blocks.back().scoreMax || b.log10Lr < blocks.back().log10Lr)))
            return fieldError(file, where,
                              Tr::tr("blocks must ascend in score without overlap and never decrease in log10_lr"));
        blocks.push_back(b);
    }
    return blocks;
}

Status readQuality(const QJsonObject& o, const QString& file, LrCalibration* cal)
{
    const QJsonValue qv = o.value(QStringLiteral("quality_ranges"));
    if (!qv.isObject())
        return fieldError(file, QStringLiteral("quality_ranges"),
                          qv.isUndefined() ? Tr::tr("missing") : Tr::tr("must be an object"));
    const QJsonObject q = qv.toObject();
    struct Slot
    {
        const char* key;
        LrRange* range;
    };
    for (const Slot& s : {Slot{"inter_eye_pixels", &cal->interEyePixels}, Slot{"sharpness", &cal->sharpness},
                          Slot{"abs_yaw_degrees", &cal->absYawDegrees}}) {
        auto r = rangeField(q, file, QStringLiteral("quality_ranges.") + QLatin1String(s.key), true);
        if (!r)
            return r.error();
        *s.range = *r;
    }
    const QJsonValue colour = q.value(QStringLiteral("colour"));
    if (!colour.isArray())
        return fieldError(file, QStringLiteral("quality_ranges.colour"),
                          Tr::tr("must be an array of \"colour\" and/or \"greyscale\" (empty: not recorded)"));
    for (const QJsonValue& c : colour.toArray()) {
        if (c.toString() == QLatin1String("colour"))
            cal->colourPhotos = true;
        else if (c.toString() == QLatin1String("greyscale"))
            cal->greyscalePhotos = true;
        else
            return fieldError(file, QStringLiteral("quality_ranges.colour"),
                              Tr::tr("'%1' is neither \"colour\" nor \"greyscale\"").arg(c.toVariant().toString()));
    }
    return {};
}

QString number(double v, int precision = 3)
{
    return QLocale().toString(v, 'g', precision);
}

// "below the calibration data's 32" / "above ... 0.95" for one quantity, or nothing when inside.
void checkOne(QStringList* out, const QString& who, const QString& what, double value, const LrRange& range,
              const QString& unit)
{
    if (!std::isfinite(value) || range.empty())
        return;
    const QString prefix = who.isEmpty() ? QString() : who + QStringLiteral(": ");
    if (value < range.min)
        out->append(
            prefix +
            Tr::tr("%1 %2%3 is below the calibration data's %4%3").arg(what, number(value), unit, number(range.min)));
    else if (value > range.max)
        out->append(
            prefix +
            Tr::tr("%1 %2%3 is above the calibration data's %4%3").arg(what, number(value), unit, number(range.max)));
}

void checkPhoto(QStringList* out, const LrCalibration& cal, const QString& who, const LrPhotoQuality& q)
{
    checkOne(out, who, Tr::tr("inter-eye distance"), q.interEyePixels, cal.interEyePixels, Tr::tr(" px"));
    checkOne(out, who, Tr::tr("sharpness"), q.sharpness, cal.sharpness, QString());
    checkOne(out, who, Tr::tr("head turn |yaw|"), q.absYawDegrees, cal.absYawDegrees, QStringLiteral("°"));
    if (!q.colour || (!cal.colourPhotos && !cal.greyscalePhotos))
        return;
    if (*q.colour && !cal.colourPhotos)
        out->append(who + QStringLiteral(": ") +
                    Tr::tr("a colour photo; the calibration data had only greyscale photos"));
    if (!*q.colour && !cal.greyscalePhotos)
        out->append(who + QStringLiteral(": ") +
                    Tr::tr("a greyscale photo; the calibration data had only colour photos"));
}

} // namespace

QString lrMethodId(LrMethod method)
{
    return method == LrMethod::Isotonic ? QStringLiteral("isotonic") : QStringLiteral("logistic");
}

std::optional<LrMethod> lrMethodFromId(const QString& id)
{
    for (LrMethod m : {LrMethod::Logistic, LrMethod::Isotonic})
        if (lrMethodId(m) == id)
            return m;
    return std::nullopt;
}

double LrCalibration::log10Lr(double s) const
{
    if (method == LrMethod::Logistic)
        return (a * s + b) / kLn10;
    if (pav.empty() || !std::isfinite(s))
        return NAN;
    if (s <= pav.front().scoreMax)
        return pav.front().log10Lr;
    for (size_t i = 1; i < pav.size(); ++i) {
        const LrBlock& lo = pav[i - 1];
        const LrBlock& hi = pav[i];
        if (s < hi.scoreMin) // between two blocks: linear, so the map stays monotone and continuous there
            return lo.log10Lr + (hi.log10Lr - lo.log10Lr) * (s - lo.scoreMax) / (hi.scoreMin - lo.scoreMax);
        if (s <= hi.scoreMax)
            return hi.log10Lr;
    }
    return pav.back().log10Lr;
}

void LrCalibration::includePhoto(const LrPhotoQuality& q)
{
    interEyePixels.include(q.interEyePixels);
    sharpness.include(q.sharpness);
    absYawDegrees.include(q.absYawDegrees);
    if (q.colour)
        (*q.colour ? colourPhotos : greyscalePhotos) = true;
}

namespace {

// "exclusions" (optional): {id: fraction in [0, 1]}.
Status readExclusions(const QJsonObject& o, const QString& file, LrCalibration* c)
{
    if (!o.contains(QStringLiteral("exclusions")))
        return {};
    const QJsonValue v = o.value(QStringLiteral("exclusions"));
    if (!v.isObject())
        return fieldError(file, QStringLiteral("exclusions"), Tr::tr("must be an object {id: fraction of pairs}"));
    QMap<QString, double> m;
    const QJsonObject ex = v.toObject();
    for (auto it = ex.begin(); it != ex.end(); ++it) {
        const double f = it.value().toDouble(NAN);
        if (!it.value().isDouble() || !(f >= 0 && f <= 1))
            return fieldError(file, QStringLiteral("exclusions.") + it.key(), Tr::tr("must be a fraction in [0, 1]"));
        m.insert(it.key(), f);
    }
    c->exclusions = m;
    return {};
}

} // namespace

QJsonObject LrCalibration::toJson() const
{
    QJsonArray colours;
    if (colourPhotos)
        colours.append(QStringLiteral("colour"));
    if (greyscalePhotos)
        colours.append(QStringLiteral("greyscale"));
    QJsonObject o{
        {QStringLiteral("method"), lrMethodId(method)},
        {QStringLiteral("dataset"), dataset},
        {QStringLiteral("pairs_same"), pairsSame},
        {QStringLiteral("pairs_different"), pairsDifferent},
        {QStringLiteral("cllr"), cllr},
        {QStringLiteral("cllr_min"), cllrMin},
        {QStringLiteral("score_range"), rangeJson(score)},
        {QStringLiteral("quality_ranges"), QJsonObject{{QStringLiteral("inter_eye_pixels"), rangeJson(interEyePixels)},
                                                       {QStringLiteral("sharpness"), rangeJson(sharpness)},
                                                       {QStringLiteral("abs_yaw_degrees"), rangeJson(absYawDegrees)},
                                                       {QStringLiteral("colour"), colours}}},
        {QStringLiteral("date"), date}};
    if (exclusions) {
        QJsonObject ex;
        for (auto it = exclusions->cbegin(); it != exclusions->cend(); ++it)
            ex.insert(it.key(), it.value());
        o.insert(QStringLiteral("exclusions"), ex);
    }
    if (method == LrMethod::Logistic) {
        o.insert(QStringLiteral("a"), a);
        o.insert(QStringLiteral("b"), b);
        o.insert(QStringLiteral("formula"), QStringLiteral("ln LR = a * score + b"));
    } else {
        QJsonArray table;
        for (const LrBlock& blk : pav)
            table.append(QJsonArray{blk.scoreMin, blk.scoreMax, blk.log10Lr});
        o.insert(QStringLiteral("pav"), table);
        o.insert(QStringLiteral("pseudo_pairs"),
                 QStringLiteral("one same-source pair at the lowest and one different-source pair at the highest "
                                "calibration score"));
    }
    return o;
}

Result<LrCalibration> LrCalibration::fromJson(const QJsonValue& value, const QString& file)
{
    if (!value.isObject())
        return Error(ErrorCode::Model, QStringLiteral("%1: %2").arg(QLatin1String(kField), Tr::tr("must be an object")),
                     file);
    const QJsonObject o = value.toObject();
    LrCalibration c;
    auto method = stringField(o, file, QStringLiteral("method"));
    if (!method)
        return method.error();
    const auto m = lrMethodFromId(*method);
    if (!m)
        return fieldError(file, QStringLiteral("method"),
                          Tr::tr("must be \"logistic\" or \"isotonic\", not '%1'").arg(*method));
    c.method = *m;
    if (c.method == LrMethod::Logistic) {
        auto a = numberField(o, file, QStringLiteral("a"));
        if (!a)
            return a.error();
        auto b = numberField(o, file, QStringLiteral("b"));
        if (!b)
            return b.error();
        if (*a < 0) // a falling LR would call more similar faces less likely the same person
            return fieldError(file, QStringLiteral("a"),
                              Tr::tr("must not be negative (LR must not fall as the score rises)"));
        c.a = *a;
        c.b = *b;
    } else {
        auto table = pavField(o, file);
        if (!table)
            return table.error();
        c.pav = *table;
    }
    auto dataset = stringField(o, file, QStringLiteral("dataset"));
    auto date = stringField(o, file, QStringLiteral("date"));
    auto ns = countField(o, file, QStringLiteral("pairs_same"));
    auto nd = countField(o, file, QStringLiteral("pairs_different"));
    auto cl = numberField(o, file, QStringLiteral("cllr"));
    auto clMin = numberField(o, file, QStringLiteral("cllr_min"));
    auto range = rangeField(o, file, QStringLiteral("score_range"), false);
    for (const Error* e : {dataset ? nullptr : &dataset.error(), date ? nullptr : &date.error(),
                           ns ? nullptr : &ns.error(), nd ? nullptr : &nd.error(), cl ? nullptr : &cl.error(),
                           clMin ? nullptr : &clMin.error(), range ? nullptr : &range.error()})
        if (e)
            return *e;
    if (*cl < 0 || *clMin < 0 || *clMin > *cl + 1e-9)
        return fieldError(file, QStringLiteral("cllr_min"),
                          Tr::tr("cllr and cllr_min must be >= 0 with cllr_min <= cllr"));
    c.dataset = *dataset;
    c.date = *date;
    c.pairsSame = *ns;
    c.pairsDifferent = *nd;
    c.cllr = *cl;
    c.cllrMin = *clMin;
    c.score = *range;
    if (auto st = readQuality(o, file, &c); !st)
        return st.error();
    if (auto st = readExclusions(o, file, &c); !st)
        return st.error();
    return c;
}

std::optional<double> LrCalibration::exclusionFraction(const QString& id) const
{
    if (!exclusions)
        return std::nullopt;
    return exclusions->value(id, 0.0);
}

Result<LrCalibration> fitLogisticLr(const std::vector<double>& scores, const std::vector<int>& same)
{
    if (auto st = checkPairs(scores, same); !st)
        return st.error();
    double ns = 0, nd = 0;
    for (int s : same)
        (s ? ns : nd) += 1;
    // Newton's method on the equally weighted cross-entropy (each kind of pair weighs ½ in all). A tiny ridge keeps
    // the fit finite when the calibration pairs separate perfectly.
    const double ridge = 1e-6;
    double a = 0, b = 0;
    for (int iter = 0; iter < 100; ++iter) {
        double ga = ridge * a, gb = 0, haa = ridge, hab = 0, hbb = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            const double x = scores[i];
            const double w = same[i] ? 0.5 / ns : 0.5 / nd;
            const double p = 1.0 / (1.0 + std::exp(-(a * x + b)));
            const double r = w * (p - (same[i] ? 1.0 : 0.0));
            const double h = w * p * (1 - p);
            ga += r * x;
            gb += r;
            haa += h * x * x;
            hab += h * x;
            hbb += h;
        }
        const double det = haa * hbb - hab * hab;
        if (!(det > 0))
            break;
        const double da = (hbb * ga - hab * gb) / det;
        const double db = (haa * gb - hab * ga) / det;
        a -= da;
        b -= db;
        if (std::abs(da) < 1e-10 * (1 + std::abs(a)) && std::abs(db) < 1e-10 * (1 + std::abs(b)))
            break;
    }
    LrCalibration cal;
    cal.method = LrMethod::Logistic;
    cal.a = a;
    cal.b = b;
    finishFit(&cal, scores, same);
    return cal;
}

Result<LrCalibration> fitIsotonicLr(const std::vector<double>& scores, const std::vector<int>& same)
{
    if (auto st = checkPairs(scores, same); !st)
        return st.error();
    const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
    std::vector<double> s = scores;
    std::vector<int> y = same;
    s.push_back(*lo); // pseudo same-source pair at the bottom: no LR of 0
    y.push_back(1);
    s.push_back(*hi); // pseudo different-source pair at the top: no LR of ∞
    y.push_back(0);
    double ns = 0, nd = 0;
    for (int v : y)
        (v ? ns : nd) += 1;
    LrCalibration cal;
    cal.method = LrMethod::Isotonic;
    for (const PavBlock& blk : pav(s, y))
        cal.pav.push_back({blk.lo, blk.hi, blockLnLr(blk, ns, nd) / kLn10});
    finishFit(&cal, scores, same);
    return cal;
}

double cllr(const std::vector<double>& log10Lrs, const std::vector<int>& same)
{
    double sumSame = 0, sumDiff = 0;
    int ns = 0, nd = 0;
    for (size_t i = 0; i < log10Lrs.size() && i < same.size(); ++i) {
        const double ln = log10Lrs[i] * kLn10;
        if (same[i]) {
            sumSame += softplus(-ln);
            ++ns;
        } else {
            sumDiff += softplus(ln);
            ++nd;
        }
    }
    if (ns == 0 || nd == 0)
        return NAN;
    return 0.5 * (sumSame / ns + sumDiff / nd) / std::log(2.0);
}

double cllrMin(const std::vector<double>& scores, const std::vector<int>& same)
{
    if (!checkPairs(scores, same))
        return NAN;
    double ns = 0, nd = 0;
    for (int v : same)
        (v ? ns : nd) += 1;
    // Per block: a block of only one kind has LR 0 or ∞, and then only pairs of that kind, which cost nothing.
    double sumSame = 0, sumDiff = 0;
    for (const PavBlock& blk : pav(scores, same)) {
        if (blk.nSame > 0 && blk.nDiff > 0) {
            const double ln = blockLnLr(blk, ns, nd);
            sumSame += blk.nSame * softplus(-ln);
            sumDiff += blk.nDiff * softplus(ln);
        }
    }
    return 0.5 * (sumSame / ns + sumDiff / nd) / std::log(2.0);
}

QString verbalScaleName()
{
    return Tr::tr("ENFSI Guideline for Evaluative Reporting in Forensic Science (2015)");
}

QString verbalEquivalent(double lr)
{
    if (!(lr >= 0) || std::isnan(lr))
        return Tr::tr("no likelihood ratio");
    if (lr > 0.9 && lr < 1.1)
        return Tr::tr("no support either way");
    // ENFSI 2015 bands, each including its lower bound (for LR < 1 the mirror: 1/10 is "moderate").
    if (lr >= 1) {
        if (lr < 10)
            return Tr::tr("weak support for the same-source proposition");
        if (lr < 100)
            return Tr::tr("moderate support for the same-source proposition");
        if (lr < 1000)
            return Tr::tr("moderately strong support for the same-source proposition");
        if (lr < 10000)
            return Tr::tr("strong support for the same-source proposition");
        if (lr < 1000000)
            return Tr::tr("very strong support for the same-source proposition");
        return Tr::tr("extremely strong support for the same-source proposition");
    }
    if (lr > 1e-1)
        return Tr::tr("weak support for the different-source proposition");
    if (lr > 1e-2)
        return Tr::tr("moderate support for the different-source proposition");
    if (lr > 1e-3)
        return Tr::tr("moderately strong support for the different-source proposition");
    if (lr > 1e-4)
        return Tr::tr("strong support for the different-source proposition");
    if (lr > 1e-6)
        return Tr::tr("very strong support for the different-source proposition");
    return Tr::tr("extremely strong support for the different-source proposition");
}

QString formatLr(double lr)
{
    if (!std::isfinite(lr) || lr <= 0)
        return lr == 0 ? QStringLiteral("0") : QString::number(lr);
    const double e = std::floor(std::log10(lr));
    if (e >= -2 && e < 2)
        return QLocale().toString(lr, 'g', 3);
    static const char16_t* const sup[] = {u"⁰", u"¹", u"²", u"³", u"⁴", u"⁵", u"⁶", u"⁷", u"⁸", u"⁹"};
    const int exponent = int(e);
    double mantissa = lr / std::pow(10.0, exponent);
    QString exp = exponent < 0 ? QStringLiteral("⁻") : QString();
    for (QChar c : QString::number(std::abs(exponent)))
        exp += QString::fromUtf16(sup[c.digitValue()]);
    return QStringLiteral("%1 × 10%2").arg(QLocale().toString(mantissa, 'f', 1), exp);
}

QJsonObject LikelihoodRatioResult::toJson() const
{
    if (!available)
        return QJsonObject{{QStringLiteral("available"), false}, {QStringLiteral("reason"), unavailableReason}};
    return QJsonObject{{QStringLiteral("available"), true},
                       {QStringLiteral("lr"), lr},
                       {QStringLiteral("log10_lr"), log10Lr},
                       {QStringLiteral("verbal"), verbal},
                       {QStringLiteral("scale"), scale},
                       {QStringLiteral("calibrated"), calibrated},
                       {QStringLiteral("reasons_outside"), QJsonArray::fromStringList(reasonsOutside)},
                       {QStringLiteral("method"), method},
                       {QStringLiteral("dataset"), dataset},
                       {QStringLiteral("pairs_same"), pairsSame},
                       {QStringLiteral("pairs_different"), pairsDifferent},
                       {QStringLiteral("cllr"), cllr},
                       {QStringLiteral("cllr_min"), cllrMin}};
}

QString LikelihoodRatioResult::summary() const
{
    if (!available)
        return Tr::tr("No likelihood ratio: %1").arg(unavailableReason);
    QString s = Tr::tr("LR %1 — %2 (ENFSI 2015 scale)").arg(formatLr(lr), verbal);
    if (!calibrated)
        s += QStringLiteral("; ") + Tr::tr("not calibrated for this kind of photo");
    return s;
}

QStringList outsideCalibration(const LrCalibration& cal, double score, const LrPhotoQuality& probe,
                               const LrPhotoQuality& reference)
{
    QStringList out;
    checkOne(&out, QString(), Tr::tr("score"), score, cal.score, QString());
    checkPhoto(&out, cal, Tr::tr("probe"), probe);
    checkPhoto(&out, cal, Tr::tr("reference"), reference);
    return out;
}

LikelihoodRatioResult evaluateLikelihoodRatio(const LrCalibration& cal, double score, const LrPhotoQuality& probe,
                                              const LrPhotoQuality& reference)
{
    LikelihoodRatioResult r;
    r.available = true;
    r.log10Lr = cal.log10Lr(score);
    r.lr = std::pow(10.0, r.log10Lr);
    r.verbal = verbalEquivalent(r.lr);
    r.scale = verbalScaleName();
    r.reasonsOutside = outsideCalibration(cal, score, probe, reference);
    r.calibrated = r.reasonsOutside.isEmpty();
    r.method = lrMethodId(cal.method);
    r.dataset = cal.dataset;
    r.cllr = cal.cllr;
    r.cllrMin = cal.cllrMin;
    r.pairsSame = cal.pairsSame;
    r.pairsDifferent = cal.pairsDifferent;
    return r;
}

QJsonObject lrCheckOnPairs(const LrCalibration& cal, const std::vector<double>& scores, const std::vector<int>& same)
{
    std::vector<double> l;
    int outside = 0, ns = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        l.push_back(cal.log10Lr(scores[i]));
        outside += !cal.score.empty() && (scores[i] < cal.score.min || scores[i] > cal.score.max);
        ns += i < same.size() && same[i];
    }
    const auto orNull = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("cllr"), orNull(cllr(l, same))},
                       {QStringLiteral("cllr_min"), orNull(cllrMin(scores, same))},
                       {QStringLiteral("calibration_cllr"), orNull(cal.cllr)},
                       {QStringLiteral("pairs_same"), ns},
                       {QStringLiteral("pairs_different"), int(scores.size()) - ns},
                       {QStringLiteral("pairs_outside_score_range"), outside},
                       {QStringLiteral("method"), lrMethodId(cal.method)},
                       {QStringLiteral("dataset"), cal.dataset}};
}

} // namespace descry

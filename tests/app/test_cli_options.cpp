// The declarative option tables of descry-cli: help, usage and parsing must all agree with the declaration
// (published by `descry-cli help --json`), and invalid values are usage errors naming what is allowed.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

#include "app/CliRunner.h"
#include "core/common/Error.h"
#include "core/face/train/FaceTrainer.h"

namespace {

QJsonObject declarations()
{
    const CliRun r = runCli({QStringLiteral("help"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray declaredCommands()
{
    const QJsonArray commands = declarations()[QStringLiteral("commands")].toArray();
    EXPECT_GE(commands.size(), 8);
    return commands;
}

QStringList wordsOf(const QJsonObject& command)
{
    QStringList words;
    for (const auto& w : command[QStringLiteral("words")].toArray())
        words << w.toString();
    return words;
}

QSet<QString> declaredOptionNames(const QJsonObject& command)
{
    QSet<QString> names;
    for (const auto& o : command[QStringLiteral("options")].toArray())
        names.insert(o[QStringLiteral("name")].toString());
    return names;
}

// The option names a help text lists: lines "  --name ..." or "  -h, --help ...".
QSet<QString> listedOptionNames(const QString& help)
{
    static const QRegularExpression line(QStringLiteral("^  (?:-h, )?--([a-z0-9-]+)"),
                                         QRegularExpression::MultilineOption);
    QSet<QString> names;
    for (auto it = line.globalMatch(help); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

// A value the declaration says is valid.
QString sampleValue(const QJsonObject& option)
{
    const QString kind = option[QStringLiteral("kind")].toString();
    if (kind == QLatin1String("choice"))
        return option[QStringLiteral("choices")].toArray().last().toString();
    if (option.contains(QStringLiteral("default")))
        return option[QStringLiteral("default")].toString();
    if (kind == QLatin1String("integer") || kind == QLatin1String("number"))
        return QString::number(option[QStringLiteral("min")].toDouble() + 1, 'f', 0);
    return QStringLiteral("x");
}

CliRun runTrainFace(const QStringList& extra)
{
    return runCli(QStringList{QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--data"),
                              QStringLiteral("/nonexistent"), QStringLiteral("--out"), QStringLiteral("/nonexistent")} +
                  extra);
}

void expectOneLineUsageError(const CliRun& r, const QByteArray& mustContain)
{
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(mustContain)) << r.err.toStdString() << " lacks " << mustContain.toStdString();
}

} // namespace

TEST(CliOptions, EveryCommandsHelpListsExactlyItsDeclaredOptions)
{
    for (const auto& value : declaredCommands()) {
        const QJsonObject c = value.toObject();
        const QString name = c[QStringLiteral("name")].toString();
        const CliRun r = runCli(wordsOf(c) << QStringLiteral("--help"));
        ASSERT_EQ(r.exitCode, 0) << name.toStdString() << r.err.toStdString();
        const QString help = QString::fromUtf8(r.out);
        EXPECT_EQ(listedOptionNames(help), declaredOptionNames(c)) << name.toStdString() << "\n" << r.out.toStdString();
        EXPECT_TRUE(help.startsWith(QStringLiteral("usage: ") + c[QStringLiteral("usage")].toString() + u'\n'))
            << help.toStdString();
        const QString usage = c[QStringLiteral("usage")].toString();
        for (const QString& option : declaredOptionNames(c)) {
            if (option != QLatin1String("help")) {
                EXPECT_TRUE(usage.contains(QStringLiteral("--") + option))
                    << usage.toStdString() << " lacks " << option.toStdString();
            }
        }
        for (const auto& p : c[QStringLiteral("positionals")].toArray()) {
            EXPECT_TRUE(usage.contains(p[QStringLiteral("name")].toString())) << usage.toStdString();
        }
        // `help COMMAND` prints the same text.
        EXPECT_EQ(runCli(QStringList{QStringLiteral("help")} + wordsOf(c)).out, r.out) << name.toStdString();
    }
}

TEST(CliOptions, EveryDeclaredOptionAndValueIsAccepted)
{
    for (const auto& value : declaredCommands()) {
        const QJsonObject c = value.toObject();
        QStringList args = wordsOf(c);
        for (const auto& o : c[QStringLiteral("options")].toArray()) {
            const QString option = QStringLiteral("--") + o[QStringLiteral("name")].toString();
            const int times = o[QStringLiteral("repeatable")].toBool() ? 2 : 1;
            for (int i = 0; i < times; ++i) {
                args << option;
                if (o[QStringLiteral("kind")].toString() != QLatin1String("flag"))
                    args << sampleValue(o.toObject());
            }
        }
        // --help is declared for every command, so the parse succeeds and the help is printed instead of running.
        const CliRun r = runCli(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith("usage: descry-cli " + c[QStringLiteral("name")].toString().toUtf8()));
    }
}

TEST(CliOptions, TopLevelHelpListsEveryCommandAndTheExitCodes)
{
    const CliRun r = runCli({QStringLiteral("help")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(runCli({QStringLiteral("--help")}).out, r.out);
    for (const auto& value : declaredCommands()) {
        const QJsonObject c = value.toObject();
        EXPECT_TRUE(r.out.contains("  " + c[QStringLiteral("name")].toString().toUtf8() + ' '))
            << c[QStringLiteral("name")].toString().toStdString();
        EXPECT_TRUE(r.out.contains(c[QStringLiteral("summary")].toString().toUtf8()));
    }
    for (int code = 0; code <= 4; ++code)
        EXPECT_TRUE(r.out.contains(QStringLiteral("\n  %1  ").arg(code).toUtf8())) << code;
}

TEST(CliOptions, UnknownOptionIsAUsageErrorForEveryCommand)
{
    for (const auto& value : declaredCommands()) {
        const QJsonObject c = value.toObject();
        const CliRun r = runCli(wordsOf(c) << QStringLiteral("--bogus"));
        expectOneLineUsageError(r, "unknown option '--bogus'");
        EXPECT_TRUE(r.err.contains("(usage: " + c[QStringLiteral("usage")].toString().toUtf8() + ")"))
            << r.err.toStdString();
    }
}

TEST(CliOptions, CompareHelpExitsZero)
{
    const CliRun r = runCli({QStringLiteral("compare"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("usage: descry-cli compare PROBE REFERENCE [--pack P]")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("(default: face-default)"));
    EXPECT_EQ(runCli({QStringLiteral("compare"), QStringLiteral("-h")}).exitCode, 0);
}

TEST(CliOptions, UnknownLossIsAUsageErrorNamingTheAllowedValues)
{
    const CliRun r = runTrainFace({QStringLiteral("--loss"), QStringLiteral("foo")});
    expectOneLineUsageError(r, "--loss must be one of adaface, arcface, cosface, not 'foo'");
    EXPECT_TRUE(r.err.contains("train face: ")) << r.err.toStdString();
    expectOneLineUsageError(runTrainFace({QStringLiteral("--loss=AdaFace")}), "one of adaface, arcface, cosface");
}

TEST(CliOptions, NumericOptionsRejectNonNumbersAndOutOfRangeValues)
{
    const QList<std::pair<QStringList, QByteArray>> cases{
        {{QStringLiteral("--epochs"), QStringLiteral("ten")},
         "--epochs must be an integer from 1 to 2147483647, not 'ten'"},
        {{QStringLiteral("--epochs"), QStringLiteral("0")},
         "--epochs must be an integer from 1 to 2147483647, not '0'"},
        {{QStringLiteral("--epochs"), QStringLiteral("99999999999")}, "not '99999999999'"},
        {{QStringLiteral("--m"), QStringLiteral("1.5")}, "--m must be an integer from 1 to 2147483647, not '1.5'"},
        {{QStringLiteral("--seed"), QStringLiteral("-1")},
         "--seed must be an integer from 0 to 9223372036854775807, not '-1'"},
        {{QStringLiteral("--tau"), QStringLiteral("0")}, "--tau must be a number > 0, not '0'"},
        {{QStringLiteral("--lr"), QStringLiteral("fast")}, "--lr must be a number > 0, not 'fast'"},
        {{QStringLiteral("--lr"), QStringLiteral("nan")}, "--lr must be a number > 0"},
        {{QStringLiteral("--alpha"), QStringLiteral("2")}, "--alpha must be a number from 0 to 1, not '2'"},
        {{QStringLiteral("--epochs")}, "option '--epochs' needs a value (N)"},
        {{QStringLiteral("--epochs"), QStringLiteral("5"), QStringLiteral("--epochs"), QStringLiteral("6")},
         "option '--epochs' given more than once"},
        {{QStringLiteral("--json=yes")}, "option '--json' takes no value"},
        {{QStringLiteral("extra")}, "unexpected argument 'extra'"},
    };
    for (const auto& [args, message] : cases)
        expectOneLineUsageError(runTrainFace(args), message);
}

TEST(CliOptions, RequiredOptionsPositionalsAndSubcommandsAreChecked)
{
    expectOneLineUsageError(
        runCli({QStringLiteral("train"), QStringLiteral("face"), QStringLiteral("--data"), QStringLiteral("d")}),
        "train face: option '--out' is required");
    expectOneLineUsageError(runCli({QStringLiteral("train")}), "train: missing subcommand (expected face|cxr)");
    expectOneLineUsageError(runCli({QStringLiteral("train"), QStringLiteral("lung")}),
                            "train: unknown subcommand 'lung' (expected face|cxr)");
    expectOneLineUsageError(
        runCli({QStringLiteral("eval")}),
        "eval: missing subcommand (expected extraction|explanations|calibrate-lr|visibility|merge|face-gap)");
    expectOneLineUsageError(runCli({QStringLiteral("pack"), QStringLiteral("frob")}),
                            "pack: unknown subcommand 'frob' (expected info|verify|build)");
    expectOneLineUsageError(runCli({QStringLiteral("compare"), QStringLiteral("a.jpg")}), "compare: missing REFERENCE");
    expectOneLineUsageError(
        runCli({QStringLiteral("compare"), QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("--pack")}),
        "option '--pack' needs a value (P)");
    expectOneLineUsageError(runCli({QStringLiteral("help"), QStringLiteral("frobnicate")}),
                            "unknown command 'frobnicate'");
    expectOneLineUsageError(runCli({}), "no command given");
    const CliRun group = runCli({QStringLiteral("pack"), QStringLiteral("--help")});
    EXPECT_EQ(group.exitCode, 0);
    EXPECT_TRUE(group.out.contains("descry-cli pack info PACK [--json]")) << group.out.toStdString();
    EXPECT_TRUE(group.out.contains("descry-cli pack verify PACK [--json]"));
    EXPECT_TRUE(group.out.contains("descry-cli pack build --task face|cxr --clip CHECKPOINT"))
        << group.out.toStdString();
}

TEST(ExitCodes, ErrorCodesMapOntoTheDocumentedExitCodes)
{
    using descry::ErrorCode;
    using descry::ExitCode;
    EXPECT_EQ(int(ExitCode::Success), 0);
    EXPECT_EQ(int(ExitCode::Usage), 1);
    EXPECT_EQ(int(ExitCode::Input), 2);
    EXPECT_EQ(int(ExitCode::Model), 3);
    EXPECT_EQ(int(ExitCode::Internal), 4);
    EXPECT_EQ(descry::exitCodeFor(ErrorCode::Usage), ExitCode::Usage);
    EXPECT_EQ(descry::exitCodeFor(ErrorCode::Input), ExitCode::Input);
    EXPECT_EQ(descry::exitCodeFor(ErrorCode::Model), ExitCode::Model);
    EXPECT_EQ(descry::exitCodeFor(ErrorCode::Internal), ExitCode::Internal);
    EXPECT_EQ(descry::exitCodeFor(ErrorCode::Cancelled), ExitCode::Internal);
    EXPECT_EQ(descry::Error(ErrorCode::Model, QStringLiteral("x")).exitCode(), 3);

    const QJsonObject codes = declarations()[QStringLiteral("exit_codes")].toObject();
    EXPECT_EQ(codes.keys(), (QStringList{"0", "1", "2", "3", "4"}));
}

TEST(ExitCodes, TheProcessExitsWithTheErrorsCode)
{
    expectOneLineUsageError(runCli({QStringLiteral("frobnicate")}), "unknown command 'frobnicate'");
    const CliRun input = runCli({QStringLiteral("verify-pairs"), QStringLiteral("/nonexistent/pairs.csv")});
    EXPECT_EQ(input.exitCode, 2) << input.err.toStdString();
    EXPECT_EQ(input.err.count('\n'), 1);
    EXPECT_TRUE(input.err.startsWith("descry-cli: error: /nonexistent/pairs.csv: ")) << input.err.toStdString();
    const CliRun model = runCli({QStringLiteral("compare"), QStringLiteral("a.jpg"), QStringLiteral("b.jpg"),
                                 QStringLiteral("--pack"), QStringLiteral("/nonexistent/pack")});
    EXPECT_EQ(model.exitCode, 3) << model.err.toStdString();
    EXPECT_EQ(model.err.count('\n'), 1);
    EXPECT_TRUE(model.err.contains("/nonexistent/pack")) << model.err.toStdString();
}

TEST(FaceTrainingOptions, LossIsATypedChoiceAndCoreRefusesAnUnknownOne)
{
    using descry::FaceLoss;
    EXPECT_EQ(descry::faceLossIds(), (QStringList{"adaface", "arcface", "cosface"}));
    for (const QString& id : descry::faceLossIds())
        EXPECT_EQ(descry::faceLossId(*descry::faceLossFromId(id)), id);
    EXPECT_FALSE(descry::faceLossFromId(QStringLiteral("foo")).has_value());
    EXPECT_FALSE(descry::faceLossFromId(QStringLiteral("AdaFace")).has_value());
    EXPECT_EQ(descry::FaceTrainingOptions{}.loss, FaceLoss::AdaFace);

    descry::FaceTrainingOptions o;
    o.facesRoot = QStringLiteral("/nonexistent");
    o.outDir = QStringLiteral("/nonexistent/out");
    o.loss = static_cast<FaceLoss>(42);
    auto r = descry::trainFacePack(o, [](const QString&) {});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), descry::ErrorCode::Usage);
    EXPECT_TRUE(r.error().message().contains(QStringLiteral("adaface, arcface, cosface")))
        << r.error().message().toStdString();
}

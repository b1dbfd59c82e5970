#include "app/cli/ManPage.h"

#include "app/cli/Commands.h"

#include <QStringList>

namespace descry::cli {

namespace {

QString header(const QString& program, const QString& version, const QString& date)
{
    return QStringLiteral(".TH %1 1 \"%2\" \"Descry %3\" \"User Commands\"\n")
        .arg(program.toUpper().replace(QLatin1Char('-'), QStringLiteral("\\-")), date, version);
}

QString section(const QString& title)
{
    return QStringLiteral(".SH %1\n").arg(title);
}

QString paragraphs(const QString& text)
{
    QString out;
    for (const QString& p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        out += QStringLiteral(".PP\n%1\n").arg(troffEscape(p.trimmed()));
    return out;
}

// "--pack P" as bold option and italic value.
QString optionTerm(const Option& o, bool withShort = false)
{
    QString term =
        QStringLiteral("\\fB%1\\-\\-%2\\fR").arg(withShort ? QStringLiteral("\\-h, ") : QString(), troffEscape(o.name));
    if (o.kind == ValueKind::Choice)
        // "\\:" after each "|": a long list of choices may break there instead of overrunning the line.
        term +=
            QStringLiteral(" \\fI%1\\fR")
                .arg(
                    troffEscape(o.choices.join(QLatin1Char('|'))).replace(QStringLiteral("|"), QStringLiteral("|\\:")));
    else if (o.takesValue())
        term += QStringLiteral(" \\fI%1\\fR").arg(troffEscape(o.valueName));
    return term;
}

QString item(const QString& term, const QString& text)
{
    return QStringLiteral(".TP\n%1\n%2\n").arg(term, troffEscape(text));
}

// One command's subsection: usage, summary, its arguments and options.
QString commandSection(const Command& c, bool subsection)
{
    QString out = subsection ? QStringLiteral(".SS \"%1\"\n").arg(troffEscape(c.name())) : QString();
    out += QStringLiteral(".nf\n%1\n.fi\n").arg(troffEscape(c.usage()));
    if (subsection)
        out += QStringLiteral(".PP\n%1\n").arg(troffEscape(c.summary));
    for (const Positional& p : c.positionals)
        out += item(QStringLiteral("\\fI%1\\fR").arg(troffEscape(p.name)), p.help);
    for (const Option& o : c.allOptions())
        out += item(optionTerm(o, o.name == QLatin1String("help")), o.description());
    return out;
}

QString environmentSection()
{
    QString out = section(QStringLiteral("ENVIRONMENT"));
    out += item(QStringLiteral("\\fBDESCRY_PACKS\\fR"),
                QStringLiteral("Colon-separated folders searched for model packs before the standard ones."));
    out += item(QStringLiteral("\\fBDESCRY_ASSETS_DIR\\fR"),
                QStringLiteral("The folder of the fetched model assets, instead of the installed ones."));
    out += item(QStringLiteral("\\fBDESCRY_CATALOG_DIR\\fR"),
                QStringLiteral("A folder of descriptor catalogs searched before the installed ones."));
    out += item(QStringLiteral("\\fBDESCRY_LANG\\fR"),
                QStringLiteral("The language of messages (en, de, fr, es); else LANGUAGE, LC_ALL, LC_MESSAGES, LANG."));
    out += item(QStringLiteral("\\fBDESCRY_MAX_MEGAPIXELS\\fR"),
                QStringLiteral("The largest image accepted, checked before decoding (default 250)."));
    out += item(QStringLiteral("\\fBXDG_DATA_HOME\\fR, \\fBXDG_DATA_DIRS\\fR, \\fBXDG_CONFIG_HOME\\fR"),
                QStringLiteral("Where packs, catalogs and assets are looked for, and where settings and the "
                               "examiner's signing key are kept."));
    return out;
}

QString filesSection()
{
    QString out = section(QStringLiteral("FILES"));
    out += item(QStringLiteral("\\fI/usr/share/descry/packs/\\fR"),
                QStringLiteral("Installed model packs (face-default); $XDG_DATA_HOME/descry/packs/ and each "
                               "$XDG_DATA_DIRS/descry/packs/ are searched first."));
    out += item(QStringLiteral("\\fI/usr/share/descry/descriptors/\\fR"),
                QStringLiteral("Descriptor catalogs (FISWG facial features, chest X-ray findings)."));
    out += item(QStringLiteral("\\fI/usr/share/descry/assets/\\fR"),
                QStringLiteral("Pinned model assets, checked against their SHA-256 by doctor."));
    out += item(QStringLiteral("\\fI$XDG_CONFIG_HOME/descry/\\fR"),
                QStringLiteral("The examiner's signing key (owner-only); settings in $XDG_CONFIG_HOME/Descry/."));
    return out;
}

} // namespace

QString troffEscape(const QString& text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    s.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    // Non-ASCII as troff's \[uXXXX] escapes: the page formats the same whatever input encoding groff assumes.
    QString ascii;
    for (const uint c : s.toUcs4())
        ascii +=
            c < 0x80
                ? QString(QChar(char16_t(c)))
                : QStringLiteral("\\[u%1]").arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    s = ascii;
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString& line : lines)
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    return lines.join(QLatin1Char('\n'));
}

QString cliManPage(const QList<Command>& commands, const QString& version, const QString& date)
{
    QString out = header(QStringLiteral("descry-cli"), version, date);
    out += section(QStringLiteral("NAME"));
    out += QStringLiteral("descry-cli \\- explained face comparison and chest X-ray review from the command line\n");
    out += section(QStringLiteral("SYNOPSIS"));
    out += QStringLiteral("\\fBdescry-cli\\fR \\fICOMMAND\\fR [\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]\n.br\n"
                          "\\fBdescry-cli help\\fR [\\fICOMMAND\\fR]\n");
    out += section(QStringLiteral("DESCRIPTION"));
    out += paragraphs(QStringLiteral(
        "descry-cli compares a probe photo with a reference photo and explains the decision with named facial "
        "characteristics (FISWG components and their descriptors), reviews chest X-ray studies for pleural "
        "effusion with named radiological findings, and writes PDF explanation reports, signed case files and "
        "JSON for other tools.\n\n"
        "Every command checks its inputs first: an unreadable or corrupt file, a photo without a face or a "
        "tampered pack or case file is refused with one line naming the file and the problem. Evidence files "
        "are only read, never modified."));
    out += section(QStringLiteral("COMMANDS"));
    for (const Command& c : commands)
        out += commandSection(c, true);
    out += section(QStringLiteral("EXIT STATUS"));
    for (ExitCode code : exitCodes())
        out += item(QStringLiteral("\\fB%1\\fR").arg(int(code)), exitCodeMeaning(code));
    out += environmentSection();
    out += filesSection();
    out += section(QStringLiteral("SEE ALSO"));
    out += QStringLiteral("\\fBdescry\\fR(1)\n");
    return out;
}

QString guiManPage(const Command& gui, const QString& version, const QString& date)
{
    QString out = header(QStringLiteral("descry"), version, date);
    out += section(QStringLiteral("NAME"));
    out += QStringLiteral("descry \\- explained face comparison and chest X-ray review (desktop application)\n");
    out += section(QStringLiteral("SYNOPSIS"));
    out += commandSection(gui, false);
    out += section(QStringLiteral("DESCRIPTION"));
    out += paragraphs(
        gui.summary +
        QStringLiteral(
            "\n\nThe Face comparison workspace shows a probe and a reference photo side by side, the model's decision "
            "and the FISWG characteristics it measured and weighed, with examination aids, measurements, the "
            "examiner's notes and conclusion. The Chest X-ray workspace opens DICOM studies and explains "
            "pleural-effusion calls with named radiological findings. Both save signed case files (.descry) and "
            "export PDF explanation reports.\n\n"
            "Qt's own options (such as -platform offscreen) are accepted as well."));
    out += environmentSection();
    out += filesSection();
    out += section(QStringLiteral("SEE ALSO"));
    out += QStringLiteral("\\fBdescry\\-cli\\fR(1)\n");
    return out;
}

} // namespace descry::cli

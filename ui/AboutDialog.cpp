#include "ui/AboutDialog.h"

#include "core/common/Paths.h"
#include "core/diagnostics/Doctor.h"
#include "core/pack/ModelPack.h"
#include "core/pack/PackLocator.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace descry::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Descry"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Descry</h2><p>Explainable face comparison and chest X-ray review.<br>"
                                "Decisions are explained with named characteristic descriptors that the model "
                                "measures and weighs.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    QString rows;
    for (const auto& [name, version] : dependencyVersions())
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    m_versions = new QLabel(QStringLiteral("<table>%1</table>").arg(rows), this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_versions);

    QString packRows;
    for (const PackInfo& info : findPacks(paths::packSearchPaths())) {
        auto pack = ModelPack::open(info.path);
        const QString hash = pack ? pack->packSha256() : tr("fails verification: %1").arg(pack.error().message());
        packRows += QStringLiteral("<tr><td>%1 %2</td><td>&nbsp;&nbsp;<code>%3</code></td></tr>")
                        .arg(info.name.toHtmlEscaped(), info.version.toHtmlEscaped(), hash.toHtmlEscaped());
    }
    m_packs = new QLabel(packRows.isEmpty() ? tr("No model packs installed.")
                                            : tr("<b>Model packs</b> (SHA-256)<table>%1</table>").arg(packRows),
                         this);
    m_packs->setObjectName(QStringLiteral("packs"));
    m_packs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_packs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::versionsText() const
{
    QString out;
    for (const auto& [name, version] : dependencyVersions())
        out += name + QLatin1Char(' ') + version + QLatin1Char('\n');
    return out;
}

} // namespace descry::ui

#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace descry::ui {

namespace {
const QString kTranslatorName = QStringLiteral("descry-translator");

// Loads `base`_<language>.qm from `folder` and installs it as a child of `app`; false when absent.
bool installOne(QCoreApplication& app, const QString& base, const QLocale& locale, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(locale, base, QStringLiteral("_"), folder) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}
} // namespace

bool installTranslations(QCoreApplication& app, const QString& language)
{
    removeTranslations(app);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    installOne(app, QStringLiteral("qtbase"), locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installOne(app, QStringLiteral("descry"), locale, QStringLiteral(":/i18n"));
}

void removeTranslations(QCoreApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace descry::ui

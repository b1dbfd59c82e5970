#pragma once

#include <QString>

class QCoreApplication;

namespace descry::ui {

// Installs the translators for the user's language: Descry's own strings from the embedded
// ":/i18n/descry_<lang>.qm" and Qt's standard dialogs from qtbase_<lang>.qm in Qt's translations folder
// (when present). `language` is AppSettings::language(): "de", "fr", "es", "en" or "" for the system locale.
// Returns true when the language is English or Descry's translation for it was installed; false when no
// translation exists (the interface stays English). Replaces translators installed by an earlier call.
// GUI thread only, before widgets are created (a language change applies at the next start).
bool installTranslations(QCoreApplication& app, const QString& language);

// Removes the translators installed by installTranslations(); the interface falls back to English.
void removeTranslations(QCoreApplication& app);

} // namespace descry::ui

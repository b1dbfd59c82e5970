#pragma once

#include <QCoreApplication>

namespace descry {

// The one translation context of core, the CLI and reports: "descry", for QCoreApplication::translate() at run
// time and for lupdate alike. Use as Tr::tr("text").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(descry)
};

} // namespace descry

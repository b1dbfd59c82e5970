#include "core/imaging/StudyScanner.h"

#include "core/common/Tr.h"

namespace descry {

int StudyScan::instanceCount() const
{
    int n = 0;
    for (const Study& s : studies)
        for (const StudySeries& se : s.series)
            n += int(se.instances.size());
    return n;
}

Result<StudyScan> scanStudies(const QStringList& inputs, const Progress&)
{
    return Error(ErrorCode::Internal, Tr::tr("study scanning is not implemented yet"), inputs.value(0)); // TODO(H3)
}

} // namespace descry

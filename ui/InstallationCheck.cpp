#include "ui/InstallationCheck.h"

#include "ui/FaceWorkspace.h"
#include "ui/InferenceService.h"
#include "ui/MainWindow.h"

#include "core/diagnostics/ResidentMemory.h"
#include "core/face/FaceDecision.h"
#include "core/face/pipeline/FaceComparison.h"

#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace descry::ui {

namespace {

void printLine(const QString& line, std::FILE* stream = stdout)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

double mebibytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

InstallationCheck::InstallationCheck(MainWindow* window, const QString& probe, const QString& reference, int repeat,
                                     QObject* parent)
    : QObject(parent), m_window(window), m_probe(probe), m_reference(reference), m_repeat(std::max(1, repeat))
{
    FaceWorkspace* face = m_window->faceWorkspace();
    connect(face, &FaceWorkspace::comparisonFinished, this, &InstallationCheck::onComparisonFinished,
            Qt::QueuedConnection);
    connect(face, &Workspace::statusMessage, this, [this](const QString& text) { m_lastMessage = text; });
    m_window->showError = [this](const QString&, const QString& message) { m_lastMessage = message; };
}

void InstallationCheck::openCase(const QString& path)
{
    if (!m_window->openCaseFile(path))
        return finish(2, tr("check: %1").arg(m_lastMessage));
    const QTabWidget* tabs = m_window->workspaces();
    finish(0, tr("check: opened the case %1 in the %2 workspace")
                  .arg(path, tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&'))));
}

int InstallationCheck::warmUpRuns(int repeat)
{
    return std::clamp(repeat / 10, 1, 100);
}

void InstallationCheck::start()
{
    FaceWorkspace* face = m_window->faceWorkspace();
    if (!face->setProbe(m_probe))
        return finish(2, tr("check: %1").arg(m_lastMessage)); // the message names the file
    if (!face->setReference(m_reference))
        return finish(2, tr("check: %1").arg(m_lastMessage));
    m_totalTimer.start();
    runOnce();
}

void InstallationCheck::runOnce()
{
    m_lastMessage.clear();
    m_runTimer.start();
    m_window->faceWorkspace()->run();
}

void InstallationCheck::onComparisonFinished()
{
    const auto result = m_window->faceWorkspace()->result();
    if (!result)
        return finish(2, tr("check: run %1/%2 failed: %3").arg(m_done + 1).arg(m_repeat).arg(m_lastMessage));
    ++m_done;
    const qint64 resident = diagnostics::residentBytes();
    if (m_done == warmUpRuns(m_repeat))
        m_baselineBytes = resident;
    if (m_repeat == 1 || m_done == 1 || m_done % 100 == 0 || m_done == m_repeat)
        printLine(tr("check: run %1/%2: %3, score %4 (threshold %5), %6 s, resident %7 MiB")
                      .arg(m_done)
                      .arg(m_repeat)
                      .arg(decisionLabel(result->decision))
                      .arg(result->score, 0, 'f', 4)
                      .arg(result->threshold, 0, 'f', 4)
                      .arg(double(m_runTimer.elapsed()) / 1000.0, 0, 'f', 2)
                      .arg(mebibytes(resident), 0, 'f', 1));
    if (m_done < m_repeat) {
        QTimer::singleShot(0, this, &InstallationCheck::runOnce);
        return;
    }
    if (m_repeat == 1)
        return finish(0, {});
    const double growth =
        m_baselineBytes > 0 ? 100.0 * double(resident - m_baselineBytes) / double(m_baselineBytes) : 0;
    finish(0, tr("check: %1 comparisons in %2 s; resident %3 MiB after %4 warm-up runs, %5 MiB at the end "
                 "(growth %6 %)")
                  .arg(m_repeat)
                  .arg(double(m_totalTimer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(mebibytes(m_baselineBytes), 0, 'f', 1)
                  .arg(warmUpRuns(m_repeat))
                  .arg(mebibytes(resident), 0, 'f', 1)
                  .arg(growth, 0, 'f', 2));
}

void InstallationCheck::finish(int exitCode, const QString& line)
{
    if (!line.isEmpty())
        printLine(line, exitCode == 0 ? stdout : stderr);
    emit finished(exitCode);
}

} // namespace descry::ui

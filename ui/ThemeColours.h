#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;

namespace descry::ui {

// Text colours that stay readable on the palette in use, light or dark: each tone's colour is darkened or
// lightened until it reaches WCAG's 4.5:1 contrast against the background it is drawn on.
namespace ThemeColours {

enum class Tone { Error, Warning, Info, Positive, Negative };

// WCAG 2 contrast ratio of two opaque colours, 1 (equal) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// `preferred` when it reaches `minimum` against `background`, otherwise the nearest lighter or darker shade
// that does (towards white on a dark background, towards black on a light one).
QColor readableOn(const QColor& background, const QColor& preferred, double minimum = 4.5);
// The tone's colour for text on the palette's window background.
QColor tone(Tone tone, const QPalette& palette);
// A style sheet rule "QLabel { color: #rrggbb; }" plus `extra` declarations.
QString labelStyle(Tone tone, const QPalette& palette, const QString& extra = QString());
// A chart in the palette's colours: its background the palette's base, axes, ticks, labels, legend and title in
// its text colour (QCustomPlot draws white and black whatever the palette).
void styleChart(QCustomPlot& plot, const QPalette& palette);

} // namespace ThemeColours

} // namespace descry::ui

#pragma once
// Private: the steps of the Porter (1980) stemmer, exposed so that tests can check each step against the examples
// of the published algorithm (porterStem() in TextMetrics.h runs them all in order).

#include <QString>

namespace descry::detail::porter {

// The measure m of `stem`: the number of VC sequences in [C](VC)^m[V].
int measure(const QString& stem);

QString step1a(const QString& word); // SSES -> SS, IES -> I, SS -> SS, S ->
QString step1b(const QString& word); // (m>0) EED -> EE, (*v*) ED ->, (*v*) ING ->, then AT/BL/IZ, undoubling, +E
QString step1c(const QString& word); // (*v*) Y -> I
QString step2(const QString& word);  // (m>0) ATIONAL -> ATE ... BILITI -> BLE
QString step3(const QString& word);  // (m>0) ICATE -> IC ... NESS ->
QString step4(const QString& word);  // (m>1) AL -> ... IZE ->, (m>1 and (*S or *T)) ION ->
QString step5a(const QString& word); // (m>1) E ->, (m=1 and not *o) E ->
QString step5b(const QString& word); // (m>1 and *d and *L) -> single letter

} // namespace descry::detail::porter

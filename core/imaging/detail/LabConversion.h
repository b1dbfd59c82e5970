#pragma once
// Private header (OpenCV types): RGB to CIE L*a*b* that is safe to start from several threads at once.

#include <opencv2/core.hpp>

namespace descry::detail {

// cv::cvtColor(src, dst, COLOR_RGB2Lab) for 8-bit or float RGB. OpenCV 4.6 fills its Lab lookup tables on first
// use without a lock: threads converting for the first time at once each allocate them, and all but one copy leak
// (LeakSanitizer found it in the parallel pair analysis). The tables are filled once here, under std::call_once,
// before any conversion. Thread-safe.
void rgbToLab(const cv::Mat& src, cv::Mat& dst);

} // namespace descry::detail

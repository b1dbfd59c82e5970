#include "core/imaging/detail/LabConversion.h"

#include <opencv2/imgproc.hpp>

#include <mutex>

namespace descry::detail {

void rgbToLab(const cv::Mat& src, cv::Mat& dst)
{
    static std::once_flag tablesFilled;
    std::call_once(tablesFilled, [] {
        // One pixel of each depth fills every table the 8-bit and float conversions share.
        cv::Mat lab;
        cv::cvtColor(cv::Mat(1, 1, CV_8UC3, cv::Scalar(128, 64, 32)), lab, cv::COLOR_RGB2Lab);
        cv::cvtColor(cv::Mat(1, 1, CV_32FC3, cv::Scalar(0.5, 0.25, 0.125)), lab, cv::COLOR_RGB2Lab);
    });
    cv::cvtColor(src, dst, cv::COLOR_RGB2Lab);
}

} // namespace descry::detail

// RGB to L*a*b* started from several threads at once (the parallel pair analysis does): every thread gets the same
// result, and under the ASan suite (packaging/setup.sh test-asan) nothing leaks. CTest runs each test in its own
// process, so the conversions here are OpenCV's first.
#include <opencv2/core.hpp>

#include "core/imaging/detail/LabConversion.h"

#include <gtest/gtest.h>

#include <latch>
#include <thread>
#include <vector>

TEST(LabConversion, ThreadsConvertingForTheFirstTimeAtOnceAgree)
{
    constexpr int kThreads = 8;
    cv::Mat rgb8(32, 32, CV_8UC3);
    cv::randu(rgb8, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::Mat rgbF;
    rgb8.convertTo(rgbF, CV_32FC3, 1.0 / 255);

    std::latch start(kThreads);
    std::vector<cv::Mat> lab8(kThreads), labF(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            descry::detail::rgbToLab(t % 2 ? rgb8 : rgbF, t % 2 ? lab8[t] : labF[t]);
            descry::detail::rgbToLab(t % 2 ? rgbF : rgb8, t % 2 ? labF[t] : lab8[t]);
        });
    for (std::thread& t : threads)
        t.join();
    for (int t = 1; t < kThreads; ++t) {
        EXPECT_EQ(cv::norm(lab8[t], lab8[0], cv::NORM_INF), 0.0) << "thread " << t;
        EXPECT_EQ(cv::norm(labF[t], labF[0], cv::NORM_INF), 0.0) << "thread " << t;
    }
    // White is L* 100, a* = b* = 0 (8-bit: L scaled by 255/100, a and b offset by 128).
    cv::Mat white8(1, 1, CV_8UC3, cv::Scalar::all(255)), whiteF(1, 1, CV_32FC3, cv::Scalar::all(1.0)), out;
    descry::detail::rgbToLab(whiteF, out);
    EXPECT_NEAR(out.at<cv::Vec3f>(0, 0)[0], 100.0f, 0.01f);
    EXPECT_NEAR(out.at<cv::Vec3f>(0, 0)[1], 0.0f, 0.01f);
    descry::detail::rgbToLab(white8, out);
    EXPECT_EQ(out.at<cv::Vec3b>(0, 0), cv::Vec3b(255, 128, 128));
}

#pragma once

#include <atomic>
#include <functional>

namespace bb::report {

// How a long layout or render reports progress and learns it should stop. Both are called
// or read on the rendering thread; either may be left empty.
struct RenderControl
{
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(int percent)> progress;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int percent) const
    {
        if (progress)
            progress(percent);
    }
};

} // namespace bb::report

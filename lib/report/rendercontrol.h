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
    // Called when painting stops on cancel, before the painter ends: a printer must abort
    // its job there (QPrinter::abort()), or ending the painter would print what was drawn.
    std::function<void()> abortDevice;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(int percent) const
    {
        if (progress)
            progress(percent);
    }
};

} // namespace bb::report

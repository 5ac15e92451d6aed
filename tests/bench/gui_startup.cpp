// SPDX-License-Identifier: MIT
// How soon the desktop app is on screen with a folder on its command line, and how long the
// full check of that folder takes; also the longest the event loop was kept from running
// meanwhile (what a click would wait for). The app's own start-up path: the frame is shown in
// OnInit and the folder handed to add_paths before the event loop runs.
// Usage (under xvfb-run): opfolg_bench_gui FOLDER   → one line of key=value pairs
#include <wx/app.h>
#include <wx/log.h>
#include <wx/timer.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/wx_text.h"

namespace {

using Clock = std::chrono::steady_clock;
Clock::time_point t0;  // main() entered

double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

}  // namespace

namespace opfolg::bench {

class BenchApp : public wxApp {
  public:
    bool OnInit() override {
        // A benchmark has nobody to click a log dialog away.
        delete wxLog::SetActiveTarget(new wxLogStderr());
        opfolg::gui::set_ui_lang(opfolg::Lang::da);
        frame_ = new opfolg::gui::MainFrame(std::make_unique<opfolg::gui::Session>());
        frame_->Show();
        frame_->add_paths({opfolg::gui::to_path(argv[1])});
        // The first idle event after Show: the window has been mapped and drawn.
        Bind(wxEVT_IDLE, &BenchApp::on_idle, this);
        // A tick every 10 ms: how late each one comes is how long the loop was busy.
        timer_.Bind(wxEVT_TIMER, &BenchApp::on_tick, this);
        timer_.Start(10);
        last_tick_ = Clock::now();
        return true;
    }

    int OnExit() override {
        std::printf("window_ms=%.0f check_ms=%.0f max_stall_ms=%.0f workbooks=%zu\n", window_ms_,
                    check_ms_, max_stall_ms_, files_);
        std::fflush(stdout);
        // No log window at shutdown either.
        wxLog::DontCreateOnDemand();
        return wxApp::OnExit();
    }

  private:
    void on_idle(wxIdleEvent& e) {
        if (window_ms_ < 0 && frame_->IsShownOnScreen()) window_ms_ = ms_since(t0);
        e.Skip();
    }

    void on_tick(wxTimerEvent&) {
        auto now = Clock::now();
        // Counted once the window is on screen: from then on a click could come.
        if (window_ms_ >= 0)
            max_stall_ms_ =
                std::max(max_stall_ms_,
                         std::chrono::duration<double, std::milli>(now - last_tick_).count() - 10);
        last_tick_ = now;
        // Done when every workbook listed has its result in the lists.
        const auto& session = frame_->session();
        bool done =
            !frame_->checking() && !session.report().files.empty() && session.waiting().empty();
        if (window_ms_ >= 0 && done && check_ms_ < 0) {
            check_ms_ = ms_since(t0);
            files_ = frame_->session().report().files.size();
            timer_.Stop();
            frame_->Close(true);
        }
    }

    opfolg::gui::MainFrame* frame_ = nullptr;
    wxTimer timer_;
    Clock::time_point last_tick_;
    double window_ms_ = -1, check_ms_ = -1, max_stall_ms_ = 0;
    std::size_t files_ = 0;
};

}  // namespace opfolg::bench

wxIMPLEMENT_APP_NO_MAIN(opfolg::bench::BenchApp);

int main(int argc, char** argv) {
    t0 = Clock::now();
    if (argc != 2) {
        std::cerr << "usage: opfolg_bench_gui FOLDER\n";
        return 64;
    }
    wxLog::SetActiveTarget(new wxLogStderr());
    return wxEntry(argc, argv);
}

// SPDX-License-Identifier: MIT
#include <cstdio>
#include <iostream>

#if defined(_WIN32)
#include <io.h>
#define OPFOLG_ISATTY _isatty
#define OPFOLG_FILENO _fileno
#else
#include <unistd.h>
#define OPFOLG_ISATTY isatty
#define OPFOLG_FILENO fileno
#endif

#include "cli/commands.h"
#include "cli/setup.h"
#include "core/consolidate/consolidate.h"
#include "core/util/error.h"
#include "core/util/plural.h"

namespace opfolg::cli {

namespace {

// A one-line bar on stderr, redrawn in place; only on a terminal and only when it helps.
void draw_bar(std::size_t done, std::size_t total) {
    const int width = 30;
    int filled = total ? static_cast<int>(width * done / total) : width;
    std::cerr << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
              << std::string(static_cast<std::size_t>(width - filled), ' ') << "] " << done << "/"
              << total << std::flush;
    if (done == total) std::cerr << "\n";
}

}  // namespace

void add_consolidate(CLI::App& app, Context& ctx) {
    struct Options {
        SetupPaths setup;
        consolidate::Options run;
        int year = 0;
        std::string out = "Opfølgningsplan samlet.xlsx";
        std::vector<std::string> inputs;
        bool force = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd =
        app.add_subcommand("consolidate",
                           "Saml afdelingernes planer til én projektmappe til bestyrelsen / "
                           "consolidate department workbooks into one board workbook");
    cmd->add_option("--institution", opt->run.institution,
                    "institutionens navn / institution name");
    cmd->add_option("--year", opt->year, "planår / plan year")->check(CLI::Range(2000, 2100));
    cmd->add_flag("--public", opt->run.public_version,
                  "offentlig version uden interne kolonner / public version");
    cmd->add_flag("--strict", opt->run.strict,
                  "udelad projektmapper med fejl / leave out workbooks with errors");
    cmd->add_option("-o,--output", opt->out, "projektmappe der skal skrives (.xlsx)");
    add_force_option(*cmd, opt->force);
    add_setup_options(*cmd, opt->setup);
    add_inputs_argument(*cmd, opt->inputs);
    cmd->callback([opt, &ctx] {
        auto setup = load_setup(opt->setup, ctx);
        if (!setup) return;
        if (opt->year) opt->run.year = opt->year;
        opt->run.existing = existing_from(opt->force);
        auto paths = input_paths(opt->inputs);
        Progress progress;
        bool tty = OPFOLG_ISATTY(OPFOLG_FILENO(stderr));
        progress.report = [tty](std::size_t done, std::size_t total, const std::string&) {
            if (tty && total >= 5) draw_bar(done, total);
        };
        bool da = ctx.lang == Lang::da;
        try {
            auto result = consolidate::consolidate(paths, path_from_utf8(opt->out), setup->schema,
                                                   setup->catalogue, opt->run, progress);
            for (const auto& refusal : result.refusals)
                std::cerr << "opfolg: " << refusal.message.in(ctx.lang) << "\n";
            for (const auto& s : result.sources) {
                std::string name = path_utf8(s.file.filename());
                if (s.status == validate::FileReport::Status::unreadable)
                    std::cerr << "opfolg: " << name << ": " << s.note.in(ctx.lang) << "\n";
                else if (!s.note.da.empty())
                    std::cout << name << ": " << s.note.in(ctx.lang) << "\n";
            }
            for (const auto& s : result.skipped)
                std::cout << path_utf8(s.path.filename()) << ": " << s.reason.in(ctx.lang) << "\n";
            if (result.written) {
                std::size_t included = 0;
                for (const auto& s : result.sources) included += s.included;
                std::cout << (da ? "Skrevet: " : "Written: ") << opt->out << " ("
                          << count(included, nouns::department, ctx.lang) << ", "
                          << count(result.rows, nouns::action, ctx.lang) << ")\n";
            } else {
                std::cerr << (da ? "opfolg: intet skrevet" : "opfolg: nothing written") << "\n";
            }
            ctx.exit_code = result.exit_code();
            // The process ends next: freeing hundreds of departments' plans one string at a time
            // takes longer than the system takes to reclaim them at exit.
            static auto* const kept = new consolidate::Result(std::move(result));
            (void)kept;
        } catch (const Error& e) {
            print_error(e, ctx);
        }
    });
}

}  // namespace opfolg::cli

// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/commands.h"
#include "cli/setup.h"
#include "core/rollover/rollover.h"
#include "core/rollover/rollover_report.h"
#include "core/util/error.h"
#include "core/util/json_text.h"
#include "core/util/normalize.h"

namespace opfolg::cli {

void add_rollover(CLI::App& app, Context& ctx) {
    struct Options {
        SetupPaths setup;
        rollover::Options run;
        int year = 0;
        std::string out, format = "text";
        std::vector<std::string> inputs;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "rollover",
        "Næste års projektmapper fra årets plan / next year's workbooks from this year's plan");
    cmd->add_option("--year", opt->year,
                    "næste års planår (standard: planens år + 1) / next year's plan year")
        ->check(CLI::Range(2000, 2100));
    cmd->add_option("--institution", opt->run.institution,
                    "institutionens navn / institution name");
    cmd->add_flag("--force", opt->run.force,
                  "erstat eksisterende projektmapper / replace existing workbooks");
    cmd->add_option("-o,--output", opt->out, "mappe der skal skrives i / folder to write to")
        ->required();
    add_format_option(*cmd, opt->format);
    add_setup_options(*cmd, opt->setup);
    cmd->add_option("BOARD.xlsx|DIR|FILE", opt->inputs,
                    "den samlede plan eller afdelingernes projektmapper / the board workbook or "
                    "the departments' workbooks")
        ->required();
    cmd->callback([opt, &ctx] {
        auto output = path_from_utf8(opt->out);
        // Many workbooks come out of one rollover: -o names their folder, never one of them.
        if (fold_case(path_utf8(output.extension())) == ".xlsx") {
            std::cerr << (ctx.lang == Lang::da
                              ? "opfolg: rollover skriver en projektmappe pr. afdeling; angiv en "
                                "mappe (-o MAPPE)\n"
                              : "opfolg: rollover writes one workbook per department; give a "
                                "folder (-o FOLDER)\n");
            ctx.exit_code = exit_usage;
            return;
        }
        auto setup = load_setup(opt->setup, ctx);
        if (!setup) return;
        if (opt->year) opt->run.year = opt->year;
        try {
            auto result = rollover::rollover(input_paths(opt->inputs), output, setup->schema,
                                             setup->catalogue, opt->run);
            if (opt->format == "json")
                std::cout << json_text(rollover::rollover_json(result)) << "\n";
            else
                rollover::rollover_text(result, ctx.lang, std::cout);
            bool exists = false;
            for (const auto& p : result.problems)
                std::cerr << "opfolg: " << p.reason.in(ctx.lang) << "\n";
            for (const auto& d : result.departments)
                if (d.error) {
                    std::cerr << "opfolg: " << d.name << ": " << d.error->in(ctx.lang) << "\n";
                    exists = exists || d.error_code == error_code_name(ErrorCode::output_exists);
                }
            if (result.departments.empty() && result.problems.empty())
                std::cerr << (ctx.lang == Lang::da
                                  ? "opfolg: ingen projektmapper (.xlsx) at føre videre\n"
                                  : "opfolg: no workbooks (.xlsx) to roll over\n");
            if (exists) print_force_hint(ctx);
            ctx.exit_code = result.exit_code();
        } catch (const Error& e) {
            print_error(e, ctx);
        }
    });
}

}  // namespace opfolg::cli

// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/commands.h"
#include "cli/setup.h"
#include "core/util/error.h"
#include "core/util/json_text.h"
#include "core/validate/feedback_workbook.h"
#include "core/validate/report_format.h"
#include "core/validate/validator.h"

namespace opfolg::cli {

void add_validate(CLI::App& app, Context& ctx) {
    struct Options {
        std::string format = "text";
        std::string report, report_dir;
        SetupPaths setup;
        std::vector<std::string> inputs;
        bool force = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "validate", "Kontrollér afdelingernes projektmapper / check department workbooks");
    add_format_option(*cmd, opt->format);
    cmd->add_option("--report", opt->report,
                    "skriv en tilbagemeldings-projektmappe / write a feedback workbook (.xlsx)");
    cmd->add_option("--report-dir", opt->report_dir,
                    "én tilbagemelding pr. afdeling i denne mappe / one feedback workbook per "
                    "department into this folder");
    add_force_option(*cmd, opt->force);
    add_setup_options(*cmd, opt->setup);
    add_inputs_argument(*cmd, opt->inputs);
    cmd->callback([opt, &ctx] {
        auto setup = load_setup(opt->setup, ctx);
        if (!setup) return;
        auto paths = input_paths(opt->inputs);
        auto report = validate::validate_paths(paths, setup->schema, setup->catalogue);
        if (opt->format == "json")
            std::cout << json_text(validate::report_json(report)) << "\n";
        else
            validate::report_text(report, ctx.lang, std::cout);
        ctx.exit_code = report.exit_code();
        try {
            if (!opt->report.empty())
                validate::write_feedback_workbook(report, setup->schema,
                                                  path_from_utf8(opt->report), ctx.lang,
                                                  existing_from(opt->force));
            if (!opt->report_dir.empty())
                for (const auto& f : validate::write_feedback_workbooks(
                         report, setup->schema, path_from_utf8(opt->report_dir), ctx.lang,
                         existing_from(opt->force)))
                    std::cerr << (ctx.lang == Lang::da ? "Skrevet: " : "Written: ") << path_utf8(f)
                              << "\n";
        } catch (const Error& e) {
            print_error(e, ctx);
        }
    });
}

}  // namespace opfolg::cli

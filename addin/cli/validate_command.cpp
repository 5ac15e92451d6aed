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
        std::string report;
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
        if (!opt->report.empty()) {
            try {
                validate::write_feedback_workbook(report, path_from_utf8(opt->report), ctx.lang,
                                                  existing_from(opt->force));
            } catch (const Error& e) {
                print_error(e, ctx);
            }
        }
    });
}

}  // namespace opfolg::cli

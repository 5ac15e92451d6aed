// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/commands.h"
#include "cli/setup.h"
#include "core/indicators/deltas_format.h"
#include "core/util/error.h"
#include "core/util/json_text.h"
#include "core/validate/validator.h"

namespace opfolg::cli {

void add_deltas(CLI::App& app, Context& ctx) {
    struct Options {
        std::string format = "text";
        SetupPaths setup;
        std::vector<std::string> inputs;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand(
        "deltas", "Indikatorer: udvikling og forskel til landsplan / indicator deltas");
    add_format_option(*cmd, opt->format);
    add_setup_options(*cmd, opt->setup);
    add_inputs_argument(*cmd, opt->inputs);
    cmd->callback([opt, &ctx] {
        auto setup = load_setup(opt->setup, ctx);
        if (!setup) return;
        auto paths = input_paths(opt->inputs);
        auto report = validate::validate_paths(paths, setup->schema, setup->catalogue);
        std::vector<indicators::FileDeltas> files;
        for (const auto& f : report.files) {
            if (f.status == validate::FileReport::Status::unreadable)
                std::cerr << "opfolg: " << path_utf8(f.file) << ": " << f.error->in(ctx.lang)
                          << "\n";
            else
                files.push_back({f.file, f.deltas});
        }
        if (opt->format == "json")
            std::cout << json_text(indicators::deltas_json(files)) << "\n";
        else
            indicators::deltas_text(files, ctx.lang, std::cout);
        ctx.exit_code = report.exit_code();
    });
}

}  // namespace opfolg::cli

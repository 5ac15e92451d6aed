// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/commands.h"
#include "cli/setup.h"
#include "core/inspect/dump.h"
#include "core/plan/reader.h"
#include "core/util/error.h"
#include "core/util/json_text.h"
#include "core/xlsx/reader.h"

namespace opfolg::cli {

void add_dump(CLI::App& app, Context& ctx) {
    struct Options {
        std::string format = "text";
        std::string file;
        SetupPaths setup;
        bool plan = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("dump",
                                   "Vis ark og celler i en projektmappe (ref, type, værdi) / "
                                   "print sheets and cells of a workbook");
    add_format_option(*cmd, opt->format);
    cmd->add_flag("--plan", opt->plan,
                  "vis planen som Opfølg forstår den (JSON) / show the mapped plan (JSON)");
    add_setup_options(*cmd, opt->setup);
    cmd->add_option("FILE", opt->file, "projektmappe (.xlsx)")->required();
    cmd->callback([opt, &ctx] {
        try {
            auto wb = xlsx::read_workbook(path_from_utf8(opt->file));
            if (opt->plan) {
                auto setup = load_setup(opt->setup, ctx);
                if (!setup) return;
                std::cout << json_text(inspect::plan_json(plan::map_workbook(wb, setup->schema)))
                          << "\n";
            } else if (opt->format == "json")
                std::cout << json_text(inspect::dump_json(wb)) << "\n";
            else
                inspect::dump_text(wb, std::cout);
            ctx.exit_code = exit_ok;
        } catch (const Error& e) {
            print_error(e, ctx);
        }
    });
}

}  // namespace opfolg::cli

// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/commands.h"
#include "core/inspect/dump.h"
#include "core/util/error.h"
#include "core/xlsx/reader.h"

namespace opfolg::cli {

void add_dump(CLI::App& app, Context& ctx) {
    struct Options {
        std::string format = "text";
        std::string file;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("dump", "Vis ark og celler i en projektmappe (ref, type, værdi) / "
                                           "print sheets and cells of a workbook");
    cmd->add_option("--format", opt->format, "text | json")->check(CLI::IsMember({"text", "json"}));
    cmd->add_option("FILE", opt->file, "projektmappe (.xlsx)")->required();
    cmd->callback([opt, &ctx] {
        try {
            auto wb = xlsx::read_workbook(path_from_utf8(opt->file));
            if (opt->format == "json")
                std::cout << inspect::dump_json(wb).dump(2) << "\n";
            else
                inspect::dump_text(wb, std::cout);
            ctx.exit_code = exit_ok;
        } catch (const Error& e) {
            std::cerr << "opfolg: " << e.describe(ctx.lang) << "\n";
            ctx.exit_code = exit_unreadable;
        }
    });
}

}  // namespace opfolg::cli

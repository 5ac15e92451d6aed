// SPDX-License-Identifier: MIT
#include "cli/schema_option.h"

#include <iostream>

#include "core/platform/resources.h"
#include "core/util/error.h"

namespace opfolg::cli {

void add_schema_option(CLI::App& cmd, std::string& target) {
    cmd.add_option("--schema", target, "skemafil / schema file (plan-schema.json)");
}

std::optional<schema::Schema> load_schema_or_report(const std::string& path, Context& ctx) {
    try {
        auto file = path.empty() ? platform::templates_dir() / "plan-schema.json" : path_from_utf8(path);
        return schema::load_schema(file);
    } catch (const Error& e) {
        std::cerr << "opfolg: " << e.describe(ctx.lang) << "\n";
        ctx.exit_code = exit_unreadable;
        return std::nullopt;
    }
}

}  // namespace opfolg::cli

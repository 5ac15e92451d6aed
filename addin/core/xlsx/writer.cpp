// SPDX-License-Identifier: MIT
#include "core/xlsx/writer.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <map>
#include <stdexcept>

#include "core/platform/files.h"
#include "core/util/error.h"
#include "core/util/utf8.h"
#include "core/xlsx/cell_fixups.h"
#include "core/xlsx/text_metrics.h"

namespace opfolg::xlsx {

bool operator==(const FormatSpec& a, const FormatSpec& b) {
    return a.bold == b.bold && a.italic == b.italic && a.wrap == b.wrap && a.border == b.border &&
           a.top_align == b.top_align && a.font_size == b.font_size &&
           a.font_color == b.font_color && a.fill == b.fill && a.align == b.align &&
           a.num_format == b.num_format && a.unlocked == b.unlocked;
}

struct WorkbookWriter::Impl {
    lxw_workbook* wb = nullptr;
    std::vector<std::pair<FormatSpec, lxw_format*>> formats;
    // libxlsxwriter keeps pointers to some option strings until close: keep them alive here.
    std::deque<std::string> strings;
    std::vector<std::string> sheet_names;
    std::deque<std::vector<lxw_row_t>> page_breaks;  ///< kept for libxlsxwriter until close
    CellFixups fixups;
    bool properties_set = false;
    bool saved = false;

    char* keep(const std::string& s) {
        strings.push_back(valid_utf8(s));
        return strings.back().data();
    }
    ~Impl() {
        // A workbook never closed must still be freed; closing writes the file, which the
        // destructor of WorkbookWriter then removes.
        if (wb) workbook_close(wb);
    }
};

namespace {

// libxlsxwriter writes text bytes as they are given; text that is not UTF-8 would make Excel
// offer to repair the file. Every string a caller hands the writer passes through this: valid
// text as it is (no copy), anything else with U+FFFD for the bad bytes. Use it as a temporary
// inside the call it feeds.
class Utf8Arg {
  public:
    explicit Utf8Arg(const std::string& s) : p_(s.c_str()) {
        if (!is_valid_utf8(s)) {
            fixed_ = valid_utf8(s);
            p_ = fixed_.c_str();
        }
    }
    Utf8Arg(const Utf8Arg&) = delete;
    Utf8Arg& operator=(const Utf8Arg&) = delete;
    operator const char*() const { return p_; }

  private:
    std::string fixed_;
    const char* p_;
};

[[noreturn]] void write_failed(const std::filesystem::path& target, const std::string& what,
                               lxw_error err) {
    throw Error(ErrorCode::io, target,
                {fmt::format("kan ikke skrive projektmappen ({}: {})", what, lxw_strerror(err)),
                 fmt::format("cannot write the workbook ({}: {})", what, lxw_strerror(err))});
}

bool valid_sheet_name(const std::string& name) {
    if (name.empty() || name.front() == '\'' || name.back() == '\'') return false;
    std::size_t chars = 0;
    for (unsigned char c : name)
        if ((c & 0xC0) != 0x80) ++chars;
    return chars <= 31 && name.find_first_of("[]:*?/\\") == std::string::npos;
}

lxw_datetime to_lxw(double serial) {
    Civil c = civil_from_serial(serial);
    return lxw_datetime{c.year, c.month, c.day, c.hour, c.minute, c.second + c.microsecond / 1e6};
}

}  // namespace

void refuse_overwriting_inputs(const std::filesystem::path& target,
                               const std::vector<std::filesystem::path>& inputs) {
    std::error_code ec;
    auto canonical_target = std::filesystem::weakly_canonical(target, ec);
    for (const auto& in : inputs) {
        bool same = std::filesystem::exists(target) && std::filesystem::equivalent(target, in, ec);
        if (!same) {
            std::error_code ec2;
            auto canonical_in = std::filesystem::weakly_canonical(in, ec2);
            same = !ec && !ec2 && canonical_in == canonical_target;
        }
        if (same)
            throw Error(ErrorCode::output_is_input, target,
                        {"uddatafilen er en af inddatafilerne; vælg et andet filnavn",
                         "the output file is one of the input files; choose another name"});
    }
}

std::time_t build_timestamp() {
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
        char* end = nullptr;
        long long v = std::strtoll(epoch, &end, 10);
        if (end && *end == '\0' && v >= 0) return static_cast<std::time_t>(v);
    }
    return std::time(nullptr);
}

void check_writable(const std::filesystem::path& target, Existing existing) {
    auto folder = target.parent_path();
    std::error_code ec;
    if (!folder.empty() && !std::filesystem::is_directory(folder, ec))
        throw Error(ErrorCode::io, target,
                    {fmt::format("mappen findes ikke: {}", path_utf8(folder)),
                     fmt::format("the folder does not exist: {}", path_utf8(folder))});
    if (existing == Existing::refuse) platform::refuse_existing(target);
    // Creating the temporary file ourselves first turns a read-only folder into our message
    // instead of the library's (libxlsxwriter prints its own to stderr when it fails).
    auto probe = platform::temp_path_beside(target);
    {
        std::ofstream out(probe, std::ios::binary);
        if (!out)
            throw Error(ErrorCode::io, target,
                        {fmt::format("kan ikke skrive i mappen {}; er den skrivebeskyttet?",
                                     path_utf8(folder.empty() ? "." : folder)),
                         fmt::format("cannot write in the folder {}; is it read-only?",
                                     path_utf8(folder.empty() ? "." : folder))});
    }
    std::filesystem::remove(probe, ec);
}

WorkbookWriter::WorkbookWriter(std::filesystem::path target,
                               std::vector<std::filesystem::path> inputs, RowOrder order,
                               Existing existing)
    : impl_(std::make_unique<Impl>()),
      target_(std::move(target)),
      order_(order),
      existing_(existing) {
    refuse_overwriting_inputs(target_, inputs);
    check_writable(target_, existing_);
    temp_ = platform::temp_path_beside(target_);
    lxw_workbook_options options{};
    options.use_zip64 = LXW_FALSE;
    // libxlsxwriter's constant-memory mode: rows go to a temporary file as they are finished
    // and text is written inline instead of through the shared-string table.
    options.constant_memory = order == RowOrder::ascending ? LXW_TRUE : LXW_FALSE;
    // libxlsxwriter assembles every part in a scratch file first.
    options.tmpdir = impl_->keep(path_utf8(platform::scratch_folder_for(target_)));
    impl_->wb = workbook_new_opt(path_utf8(temp_).c_str(), &options);
    if (!impl_->wb) throw Error(ErrorCode::io, target_, {"ikke nok hukommelse", "out of memory"});
}

WorkbookWriter::~WorkbookWriter() {
    if (!impl_->saved) {
        if (impl_->wb) {
            workbook_close(impl_->wb);
            impl_->wb = nullptr;
        }
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
    }
}

SheetWriter& WorkbookWriter::add_sheet(const std::string& name) {
    if (!valid_sheet_name(name))
        throw Error(ErrorCode::io, target_,
                    {fmt::format("ugyldigt arknavn \"{}\"", name),
                     fmt::format("invalid sheet name \"{}\"", name)});
    auto fold = [](std::string s) {
        for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    bool taken = std::any_of(impl_->sheet_names.begin(), impl_->sheet_names.end(),
                             [&](const std::string& n) { return fold(n) == fold(name); });
    if (taken)
        throw Error(ErrorCode::io, target_,
                    {fmt::format("arknavnet \"{}\" er brugt to gange", name),
                     fmt::format("sheet name \"{}\" is used twice", name)});
    // In constant-memory mode a sheet starts with its scratch file, which can fail.
    lxw_worksheet* ws = workbook_add_worksheet(impl_->wb, Utf8Arg(name));
    if (!ws)
        throw Error(ErrorCode::io, target_,
                    {"kan ikke oprette en midlertidig fil til arket; er der plads på disken?",
                     "cannot create a temporary file for the sheet; is the disk full?"},
                    name);
    impl_->sheet_names.push_back(name);
    sheets_.push_back(std::unique_ptr<SheetWriter>(new SheetWriter(this, ws, name)));
    return *sheets_.back();
}

Format WorkbookWriter::format(const FormatSpec& spec) {
    for (auto& [s, f] : impl_->formats)
        if (s == spec) return Format{f};
    lxw_format* f = workbook_add_format(impl_->wb);
    if (spec.bold) format_set_bold(f);
    if (spec.italic) format_set_italic(f);
    if (spec.wrap) format_set_text_wrap(f);
    if (spec.border) format_set_border(f, LXW_BORDER_THIN);
    if (spec.top_align) format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (spec.font_size) format_set_font_size(f, spec.font_size);
    if (spec.font_color) format_set_font_color(f, spec.font_color);
    if (spec.fill) {
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, spec.fill);
    }
    switch (spec.align) {
        case FormatSpec::Align::left:
            format_set_align(f, LXW_ALIGN_LEFT);
            break;
        case FormatSpec::Align::center:
            format_set_align(f, LXW_ALIGN_CENTER);
            break;
        case FormatSpec::Align::right:
            format_set_align(f, LXW_ALIGN_RIGHT);
            break;
        case FormatSpec::Align::general:
            break;
    }
    if (!spec.num_format.empty()) format_set_num_format(f, spec.num_format.c_str());
    if (spec.unlocked) format_set_unlocked(f);
    impl_->formats.emplace_back(spec, f);
    return Format{f};
}

void WorkbookWriter::set_properties(const DocProperties& p) {
    lxw_doc_properties props{};
    props.title = impl_->keep(p.title);
    props.subject = impl_->keep(p.subject);
    props.author = impl_->keep(p.author);
    props.company = impl_->keep(p.company);
    props.category = impl_->keep(p.category);
    props.keywords = impl_->keep(p.keywords);
    props.comments = impl_->keep(p.comments);
    props.created = p.created ? p.created : build_timestamp();
    lxw_error err = workbook_set_properties(impl_->wb, &props);
    if (err) write_failed(target_, "properties", err);
    impl_->properties_set = true;
}

void WorkbookWriter::set_custom_property(const std::string& name, const std::string& value) {
    lxw_error err =
        workbook_set_custom_property_string(impl_->wb, impl_->keep(name), impl_->keep(value));
    if (err) write_failed(target_, "custom property " + name, err);
}

void WorkbookWriter::set_custom_property(const std::string& name, std::int32_t value) {
    lxw_error err = workbook_set_custom_property_integer(impl_->wb, impl_->keep(name), value);
    if (err) write_failed(target_, "custom property " + name, err);
}

void WorkbookWriter::define_name(const std::string& name, const std::string& formula) {
    lxw_error err = workbook_define_name(impl_->wb, Utf8Arg(name), Utf8Arg(formula));
    if (err) write_failed(target_, "defined name " + name, err);
}

void WorkbookWriter::save() {
    // libxlsxwriter stamps docProps/core.xml with the time unless properties say otherwise;
    // stamp it ourselves so that SOURCE_DATE_EPOCH gives byte-identical files.
    // (libxlsxwriter allocates its properties with the workbook, so ask our own flag.)
    if (!impl_->properties_set) set_properties({});
    for (auto& sheet : sheets_) sheet->fit_rows();  // with RowOrder::ascending: the last row
    lxw_error err = workbook_close(impl_->wb);
    impl_->wb = nullptr;
    if (err) {
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
        if (err == LXW_ERROR_CREATING_XLSX_FILE || err == LXW_ERROR_CREATING_TMPFILE)
            throw Error(ErrorCode::io, target_,
                        {"kan ikke oprette filen; er mappen skrivebeskyttet?",
                         "cannot create the file; is the folder read-only?"});
        write_failed(target_, "close", err);
    }
    try {
        impl_->fixups.apply(temp_, impl_->sheet_names);
        if (existing_ == Existing::replace)
            platform::replace_file(temp_, target_);
        else
            platform::move_new_file(temp_, target_);  // a file made meanwhile stays, too
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
        throw;
    }
    impl_->saved = true;
}

// ---------------------------------------------------------------------------------------------

void SheetWriter::check(int err, const char* what, CellRef at) const {
    if (err == LXW_NO_ERROR) return;
    throw Error(
        ErrorCode::io, owner_->target_,
        {fmt::format("kan ikke skrive {} ({})", what, lxw_strerror(static_cast<lxw_error>(err))),
         fmt::format("cannot write {} ({})", what, lxw_strerror(static_cast<lxw_error>(err)))},
        name_ + "!" + to_a1(at));
}

namespace {
lxw_worksheet* ws_of(void* p) { return static_cast<lxw_worksheet*>(p); }
lxw_format* fmt_of(Format f) { return static_cast<lxw_format*>(f.handle); }
}  // namespace

void SheetWriter::enter_row(std::uint32_t row) {
    if (owner_->order_ != RowOrder::ascending) return;
    if (current_row_ && row < *current_row_)
        throw std::logic_error(
            fmt::format("{}: row {} written after row {}", name_, row + 1, *current_row_ + 1));
    if (current_row_ && row > *current_row_) fit_row(*current_row_);
    current_row_ = row;
}

void SheetWriter::write_string(CellRef at, const std::string& s, Format f) {
    enter_row(at.row);
    // Excel's limit for a cell's text (libxlsxwriter refuses longer strings).
    constexpr std::size_t max_chars = 32767;
    if (s.size() > max_chars && utf8_length(s) > max_chars)
        throw Error(ErrorCode::io, owner_->target_,
                    {"teksten er længere end Excels grænse på 32.767 tegn",
                     "the text is longer than Excel's limit of 32,767 characters"},
                    name_ + "!" + to_a1(at));
    if (s.empty()) {
        check(worksheet_write_blank(ws_of(ws_), at.row, static_cast<lxw_col_t>(at.col), fmt_of(f)),
              "cell", at);
        return;
    }
    check(worksheet_write_string(ws_of(ws_), at.row, static_cast<lxw_col_t>(at.col), Utf8Arg(s),
                                 fmt_of(f)),
          "text", at);
    note_wrapped(at, s, f);
}

void SheetWriter::note_wrapped(CellRef at, const std::string& text, Format f) {
    if (!f.handle) return;
    const auto& formats = owner_->impl_->formats;
    auto it = std::find_if(formats.begin(), formats.end(),
                           [&](const auto& p) { return p.second == f.handle; });
    if (it == formats.end() || !it->first.wrap) return;
    auto& cells = wrapped_[at.row];
    // A cell written again replaces what it held.
    cells.erase(std::remove_if(cells.begin(), cells.end(),
                               [&](const WrappedCell& c) { return c.col == at.col; }),
                cells.end());
    const FormatSpec& spec = it->first;
    cells.push_back({at.col, text, spec.font_size ? double(spec.font_size) : default_font_size,
                     spec.bold});
}

void SheetWriter::fit_rows() {
    while (!wrapped_.empty()) fit_row(wrapped_.begin()->first);
}

void SheetWriter::fit_row(std::uint32_t row) {
    constexpr double default_width = 8.43;
    auto it = wrapped_.find(row);
    if (it == wrapped_.end()) return;
    const auto cells = std::move(it->second);
    wrapped_.erase(it);
    if (row_heights_.count(row)) return;
    double height = 0;
    std::size_t most = 1;
    for (const auto& c : cells) {
        auto w = widths_.find(c.col);
        std::size_t lines =
            wrapped_lines(c.text, w == widths_.end() ? default_width : w->second, c.font_size,
                          c.bold);
        most = std::max(most, lines);
        height = std::max(height, static_cast<double>(lines) * default_line_height *
                                      c.font_size / default_font_size);
    }
    if (most > 1) worksheet_set_row(ws_of(ws_), row, std::min(max_row_height, height), nullptr);
}

void SheetWriter::write_number(CellRef at, double v, Format f) {
    enter_row(at.row);
    check(worksheet_write_number(ws_of(ws_), at.row, static_cast<lxw_col_t>(at.col), v, fmt_of(f)),
          "number", at);
}

namespace {
const char* default_date_format(DateTime::Kind k) {
    switch (k) {
        case DateTime::Kind::date:
            return "dd-mm-yyyy";
        case DateTime::Kind::time:
            return "hh:mm:ss";
        case DateTime::Kind::datetime:
            return "dd-mm-yyyy hh:mm:ss";
        case DateTime::Kind::duration:
            return "[h]:mm:ss";
    }
    return "dd-mm-yyyy";
}
}  // namespace

void SheetWriter::write(CellRef at, const CellValue& value, Format f) {
    enter_row(at.row);
    auto col = static_cast<lxw_col_t>(at.col);
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                if (f.handle)
                    check(worksheet_write_blank(ws_of(ws_), at.row, col, fmt_of(f)), "cell", at);
            } else if constexpr (std::is_same_v<T, double>) {
                write_number(at, v, f);
            } else if constexpr (std::is_same_v<T, std::string>) {
                write_string(at, v, f);
            } else if constexpr (std::is_same_v<T, bool>) {
                check(worksheet_write_boolean(ws_of(ws_), at.row, col, v, fmt_of(f)), "boolean",
                      at);
            } else if constexpr (std::is_same_v<T, ErrorValue>) {
                // Excel accepts error constants as formulas; the cached value keeps the error.
                write_formula(at, "=" + v.code, v, f);
            } else if constexpr (std::is_same_v<T, DateTime>) {
                Format use = f;
                if (!use.handle) {
                    FormatSpec spec;
                    spec.top_align = false;
                    spec.num_format = default_date_format(v.kind);
                    use = owner_->format(spec);
                }
                write_number(at, v.serial, use);
            }
        },
        value);
}

void SheetWriter::write_formula(CellRef at, const std::string& formula, const CellValue& cached,
                                Format f) {
    enter_row(at.row);
    auto col = static_cast<lxw_col_t>(at.col);
    auto* ws = ws_of(ws_);
    if (const double* d = std::get_if<double>(&cached)) {
        check(worksheet_write_formula_num(ws, at.row, col, formula.c_str(), fmt_of(f), *d),
              "formula", at);
    } else if (const auto* dt = std::get_if<DateTime>(&cached)) {
        check(worksheet_write_formula_num(ws, at.row, col, formula.c_str(), fmt_of(f), dt->serial),
              "formula", at);
    } else if (const auto* s = std::get_if<std::string>(&cached)) {
        check(worksheet_write_formula_str(ws, at.row, col, formula.c_str(), fmt_of(f), Utf8Arg(*s)),
              "formula", at);
    } else if (const bool* b = std::get_if<bool>(&cached)) {
        check(worksheet_write_formula_str(ws, at.row, col, formula.c_str(), fmt_of(f),
                                          *b ? "1" : "0"),
              "formula", at);
        owner_->impl_->fixups.add(name_, at, CellFixups::Kind::boolean);
    } else if (const auto* e = std::get_if<ErrorValue>(&cached)) {
        check(worksheet_write_formula_str(ws, at.row, col, formula.c_str(), fmt_of(f),
                                          e->code.c_str()),
              "formula", at);
        owner_->impl_->fixups.add(name_, at, CellFixups::Kind::error);
    } else {
        check(worksheet_write_formula(ws, at.row, col, formula.c_str(), fmt_of(f)), "formula", at);
    }
}

void SheetWriter::write_url(CellRef at, const std::string& url, const std::string& text, Format f,
                            const std::string& tooltip) {
    enter_row(at.row);
    lxw_error err = worksheet_write_url_opt(
        ws_of(ws_), at.row, static_cast<lxw_col_t>(at.col), url.c_str(), fmt_of(f),
        text.empty() ? nullptr : static_cast<const char*>(Utf8Arg(text)),
        tooltip.empty() ? nullptr : static_cast<const char*>(Utf8Arg(tooltip)));
    // Excel allows 65,530 links a sheet and 2,079-character URLs; past that, keep the text.
    if (err == LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED ||
        err == LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED) {
        write_string(at, text.empty() ? url : text, f);
        return;
    }
    check(err, "hyperlink", at);
}

void SheetWriter::merge(const CellRange& r, const std::string& text, Format f) {
    enter_row(r.first.row);
    check(worksheet_merge_range(ws_of(ws_), r.first.row, static_cast<lxw_col_t>(r.first.col),
                                r.last.row, static_cast<lxw_col_t>(r.last.col), Utf8Arg(text),
                                fmt_of(f)),
          "merged range", r.first);
    enter_row(r.last.row);  // libxlsxwriter fills the range with blank cells down to here
}

void SheetWriter::set_column(std::uint32_t first, std::uint32_t last, double width, Format f,
                             bool hidden) {
    for (std::uint32_t c = first; c <= last; ++c) widths_[c] = width;
    lxw_row_col_options opt{};
    opt.hidden = hidden;
    check(worksheet_set_column_opt(ws_of(ws_), static_cast<lxw_col_t>(first),
                                   static_cast<lxw_col_t>(last), width, fmt_of(f), &opt),
          "column");
}

void SheetWriter::set_widths(const std::vector<double>& widths, std::uint32_t first, Format fmt) {
    for (std::uint32_t i = 0; i < widths.size(); ++i)
        set_column(first + i, first + i, widths[i], fmt);
}

void SheetWriter::set_row(std::uint32_t row, double height, Format f, bool hidden) {
    enter_row(row);
    row_heights_[row] = height;
    lxw_row_col_options opt{};
    opt.hidden = hidden;
    check(worksheet_set_row_opt(ws_of(ws_), row, height, fmt_of(f), &opt), "row");
}

void SheetWriter::freeze(std::uint32_t rows, std::uint32_t cols) {
    worksheet_freeze_panes(ws_of(ws_), rows, static_cast<lxw_col_t>(cols));
}

void SheetWriter::add_table(const CellRange& r, const TableSpec& spec) {
    auto* impl = owner_->impl_.get();
    std::vector<lxw_table_column> cols(spec.headers.size());
    std::vector<lxw_table_column*> ptrs;
    for (std::size_t i = 0; i < spec.headers.size(); ++i) {
        cols[i].header = impl->keep(spec.headers[i]);
        cols[i].header_format = fmt_of(spec.header_format);
        ptrs.push_back(&cols[i]);
    }
    ptrs.push_back(nullptr);
    enter_row(r.first.row);
    lxw_table_options opt{};
    opt.name = impl->keep(spec.name);
    opt.no_banded_rows = !spec.banded_rows;
    opt.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
    opt.style_type_number = 2;
    opt.columns = ptrs.data();
    auto* ws = ws_of(ws_);
    // libxlsxwriter refuses tables in constant-memory mode because it writes the header cells
    // itself and could not once their row is on disk. The table part needs only the range and
    // the column names, so the table is added as in the in-memory mode and the header cells are
    // written here, into the row being written (the cells libxlsxwriter keeps aside are never
    // written and are freed with the sheet).
    const uint8_t constant_memory = ws->optimize;
    ws->optimize = LXW_FALSE;
    lxw_error err = worksheet_add_table(ws, r.first.row, static_cast<lxw_col_t>(r.first.col),
                                        r.last.row, static_cast<lxw_col_t>(r.last.col), &opt);
    ws->optimize = constant_memory;
    check(err, "table", r.first);
    if (constant_memory)
        for (std::uint32_t i = 0; i < spec.headers.size(); ++i)
            write_string({r.first.row, r.first.col + i}, spec.headers[i], spec.header_format);
}

void SheetWriter::autofilter(const CellRange& r) {
    check(worksheet_autofilter(ws_of(ws_), r.first.row, static_cast<lxw_col_t>(r.first.col),
                               r.last.row, static_cast<lxw_col_t>(r.last.col)),
          "filter", r.first);
}

void SheetWriter::add_validation(const CellRange& r, const Validation& v) {
    auto* impl = owner_->impl_.get();
    lxw_data_validation dv{};
    std::vector<const char*> items;
    switch (v.type) {
        case Validation::Type::list:
            dv.validate = LXW_VALIDATION_TYPE_LIST;
            for (const auto& s : v.list) items.push_back(impl->keep(s));
            items.push_back(nullptr);
            dv.value_list = const_cast<char**>(items.data());
            break;
        case Validation::Type::list_range:
            dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            dv.value_formula = impl->keep(v.source);
            break;
        case Validation::Type::whole:
            dv.validate = LXW_VALIDATION_TYPE_INTEGER;
            break;
        case Validation::Type::decimal:
            dv.validate = LXW_VALIDATION_TYPE_DECIMAL;
            break;
        case Validation::Type::date:
            dv.validate = LXW_VALIDATION_TYPE_DATE;
            break;
        case Validation::Type::text_length:
            dv.validate = LXW_VALIDATION_TYPE_LENGTH;
            break;
        case Validation::Type::custom:
            dv.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
            dv.value_formula = impl->keep(v.source);
            break;
    }
    if (v.type != Validation::Type::list && v.type != Validation::Type::list_range &&
        v.type != Validation::Type::custom) {
        double lo = v.minimum.value_or(-1e300), hi = v.maximum.value_or(1e300);
        dv.criteria = v.minimum && v.maximum ? LXW_VALIDATION_CRITERIA_BETWEEN
                      : v.minimum            ? LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
                                             : LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO;
        if (v.type == Validation::Type::date) {
            dv.minimum_datetime = to_lxw(v.minimum.value_or(1));
            dv.maximum_datetime = to_lxw(v.maximum.value_or(2958465));
            dv.value_datetime = v.minimum ? dv.minimum_datetime : dv.maximum_datetime;
        } else {
            dv.minimum_number = lo;
            dv.maximum_number = hi;
            dv.value_number = v.minimum ? lo : hi;
        }
    }
    dv.ignore_blank = v.allow_blank ? LXW_VALIDATION_ON : LXW_VALIDATION_OFF;
    if (!v.input_title.empty()) dv.input_title = impl->keep(v.input_title);
    if (!v.input_message.empty()) dv.input_message = impl->keep(v.input_message);
    if (!v.error_title.empty()) dv.error_title = impl->keep(v.error_title);
    if (!v.error_message.empty()) dv.error_message = impl->keep(v.error_message);
    check(worksheet_data_validation_range(ws_of(ws_), r.first.row,
                                          static_cast<lxw_col_t>(r.first.col), r.last.row,
                                          static_cast<lxw_col_t>(r.last.col), &dv),
          "data validation", r.first);
}

void SheetWriter::add_conditional(const CellRange& r, const Conditional& c) {
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = owner_->impl_->keep(c.formula);
    cf.format = fmt_of(c.format);
    cf.stop_if_true = c.stop_if_true ? LXW_TRUE : LXW_FALSE;
    check(worksheet_conditional_format_range(ws_of(ws_), r.first.row,
                                             static_cast<lxw_col_t>(r.first.col), r.last.row,
                                             static_cast<lxw_col_t>(r.last.col), &cf),
          "conditional format", r.first);
}

std::pair<double, double> printable_area_pt(const PrintSetup& p) {
    // ECMA-376 Part 1, 18.18.43 (ST_PaperSize): 8 = A3, 9 = A4; anything else is taken as A4.
    double w = p.paper == 8 ? 297 : 210, h = p.paper == 8 ? 420 : 297;  // millimetres
    if (p.landscape) std::swap(w, h);
    const double pt_per_mm = 72 / 25.4, scale = (p.fit_width || p.fit_height) ? 1.0 : p.scale / 100.0;
    return {(w * pt_per_mm - 72 * (p.margin_left + p.margin_right)) / scale,
            (h * pt_per_mm - 72 * (p.margin_top + p.margin_bottom)) / scale};
}

void SheetWriter::print_setup(const PrintSetup& p) {
    auto* ws = ws_of(ws_);
    if (p.landscape)
        worksheet_set_landscape(ws);
    else
        worksheet_set_portrait(ws);
    worksheet_set_paper(ws, static_cast<uint8_t>(p.paper));
    if (p.fit_width || p.fit_height)
        worksheet_fit_to_pages(ws, p.fit_width ? 1 : 0, p.fit_height ? 1 : 0);
    else
        worksheet_set_print_scale(ws, static_cast<uint16_t>(std::clamp(p.scale, 10, 400)));
    if (p.repeat_rows)
        check(worksheet_repeat_rows(ws, p.repeat_rows->first, p.repeat_rows->second),
              "print titles");
    lxw_header_footer_options header{p.margin_header, nullptr, nullptr, nullptr};
    lxw_header_footer_options footer{p.margin_footer, nullptr, nullptr, nullptr};
    if (!p.header.empty())
        check(worksheet_set_header_opt(ws, Utf8Arg(p.header), &header), "page header");
    if (!p.footer.empty())
        check(worksheet_set_footer_opt(ws, Utf8Arg(p.footer), &footer), "page footer");
    if (p.print_area)
        check(worksheet_print_area(
                  ws, p.print_area->first.row, static_cast<lxw_col_t>(p.print_area->first.col),
                  p.print_area->last.row, static_cast<lxw_col_t>(p.print_area->last.col)),
              "print area");
    if (!p.page_breaks.empty()) {
        // libxlsxwriter keeps the array until the workbook is closed; it ends at a 0.
        auto& breaks = owner_->impl_->page_breaks.emplace_back();
        for (auto row : p.page_breaks)
            if (row > 0 && breaks.size() < max_page_breaks) breaks.push_back(row);
        breaks.push_back(0);
        check(worksheet_set_h_pagebreaks(ws, breaks.data()), "page breaks");
    }
    if (p.center_horizontally) worksheet_center_horizontally(ws);
    worksheet_set_margins(ws, p.margin_left, p.margin_right, p.margin_top, p.margin_bottom);
}

void SheetWriter::protect(const SheetProtection& p) {
    // libxlsxwriter's flags name what stays allowed: each one set writes the attribute as "0"
    // (not protected) into <sheetProtection>.
    lxw_protection opt{};
    opt.sort = p.sort;
    opt.autofilter = p.autofilter;
    opt.format_rows = p.format_rows;
    opt.format_columns = p.format_columns;
    opt.format_cells = p.format_cells;
    opt.insert_rows = p.insert_rows;
    opt.delete_rows = p.delete_rows;
    worksheet_protect(ws_of(ws_), p.password.empty() ? nullptr : owner_->impl_->keep(p.password),
                      &opt);
}

void SheetWriter::insert_chart(CellRef at, const ChartSpec& spec) {
    auto* impl = owner_->impl_.get();
    uint8_t type = spec.type == ChartSpec::Type::line     ? LXW_CHART_LINE
                   : spec.type == ChartSpec::Type::column ? LXW_CHART_COLUMN
                                                          : LXW_CHART_BAR;
    lxw_chart* chart = workbook_add_chart(impl->wb, type);
    if (!chart)
        throw Error(ErrorCode::io, owner_->target_,
                    {"kan ikke oprette diagram", "cannot create chart"});
    for (const auto& s : spec.series) {
        lxw_chart_series* series = chart_add_series(
            chart, s.categories.empty() ? nullptr : s.categories.c_str(), s.values.c_str());
        if (!series)
            throw Error(ErrorCode::io, owner_->target_,
                        {"kan ikke oprette dataserie", "cannot create series"});
        chart_series_set_name(series, Utf8Arg(s.name));
        if (s.color || s.dashed) {
            lxw_chart_line line{};
            line.color = s.color;
            line.width = 2.25;
            line.dash_type = s.dashed ? LXW_CHART_LINE_DASH_DASH : LXW_CHART_LINE_DASH_SOLID;
            chart_series_set_line(series, &line);
            if (spec.type != ChartSpec::Type::line && s.color) {
                lxw_chart_fill fill{};
                fill.color = s.color;
                chart_series_set_fill(series, &fill);
            }
        }
        if (spec.type == ChartSpec::Type::line)
            chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
    }
    if (!spec.title.empty()) chart_title_set_name(chart, Utf8Arg(spec.title));
    if (!spec.x_title.empty()) chart_axis_set_name(chart->x_axis, Utf8Arg(spec.x_title));
    if (!spec.y_title.empty()) chart_axis_set_name(chart->y_axis, Utf8Arg(spec.y_title));
    if (spec.y_min) chart_axis_set_min(chart->y_axis, *spec.y_min);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options opt{};
    opt.x_scale = spec.width_scale;
    opt.y_scale = spec.height_scale;
    check(
        worksheet_insert_chart_opt(ws_of(ws_), at.row, static_cast<lxw_col_t>(at.col), chart, &opt),
        "chart", at);
}

void SheetWriter::hide() { worksheet_hide(ws_of(ws_)); }
void SheetWriter::activate() { worksheet_activate(ws_of(ws_)); }

}  // namespace opfolg::xlsx

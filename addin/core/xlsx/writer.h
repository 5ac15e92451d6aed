// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/xlsx/cell_ref.h"
#include "core/xlsx/value.h"

namespace opfolg::xlsx {

/// How a cell looks. Equal specs share one Excel format.
struct FormatSpec {
    enum class Align { general, left, center, right };
    bool bold = false;
    bool italic = false;
    bool wrap = false;
    bool border = false;
    bool top_align = true;
    int font_size = 0;             ///< points; 0 = default
    std::uint32_t font_color = 0;  ///< 0xRRGGBB; 0 = automatic
    std::uint32_t fill = 0;        ///< 0xRRGGBB; 0 = none
    Align align = Align::general;
    std::string num_format;  ///< Excel format code; empty = General
    bool unlocked = false;

    friend bool operator==(const FormatSpec& a, const FormatSpec& b);
};

/// An opaque handle to a format created by WorkbookWriter::format.
struct Format {
    void* handle = nullptr;
};

/// Data validation of a range (Excel's Data ▸ Validation), with Danish input/error messages.
struct Validation {
    enum class Type { list, list_range, whole, decimal, date, text_length, custom };
    Type type = Type::list;
    std::vector<std::string> list;  ///< for list (each ≤ 255 chars in all)
    std::string source;  ///< for list_range: "=Lister!$A$2:$A$5"; for custom: a formula that
                         ///< must be true for an entry to be accepted ("=FALSE()" refuses all)
    std::optional<double> minimum;  ///< whole/decimal/date (date as serial)/text_length
    std::optional<double> maximum;
    std::string input_title, input_message, error_title, error_message;
    bool allow_blank = true;
};

/// Conditional formatting: cells matching a formula (relative to the range's top-left cell)
/// get `format`.
struct Conditional {
    std::string formula;  ///< e.g. "$K2=\"forbedret\""
    Format format;
    bool stop_if_true = false;  ///< later rules of the range are not applied when this one is
};

/// Sheet protection (ECMA-376 Part 1, §18.3.1.85 sheetProtection): locked cells cannot be
/// changed; cells whose format is unlocked can. Each flag says what users may still do.
struct SheetProtection {
    std::string password;  ///< empty: none (Review ▸ Unprotect Sheet lifts it without asking)
    bool sort = false;
    bool autofilter = false;
    bool format_rows = false;
    bool format_columns = false;
    bool format_cells = false;
    bool insert_rows = false;
    bool delete_rows = false;
};

/// Page setup for printing: Excel's own settings (page setup, print area, print titles, manual
/// page breaks), which Excel, LibreOffice and a PDF printer all follow.
struct PrintSetup {
    bool landscape = true;
    /// Fit to one page wide (and, with fit_height, one page tall). Excel ignores manual page
    /// breaks on a sheet fitted to pages: with page_breaks, print at `scale` instead.
    bool fit_width = true;
    bool fit_height = false;
    int scale = 100;  ///< percent, when not fitting (Excel allows 10–400)
    std::optional<std::pair<std::uint32_t, std::uint32_t>> repeat_rows;  ///< first, last
    std::string header;  ///< Excel header codes (&L, &C, &R, &P, &N)
    std::string footer;
    int paper = 9;                        ///< 9 = A4, 8 = A3
    std::optional<CellRange> print_area;  ///< print only this range
    std::vector<std::uint32_t> page_breaks;  ///< rows that begin a new page (never row 0)
    /// Inches, as Excel's page setup shows them: left, right, top, bottom, and the distance of
    /// the header and footer from the paper's edge.
    double margin_left = 0.5, margin_right = 0.5, margin_top = 0.75, margin_bottom = 0.75,
           margin_header = 0.3, margin_footer = 0.3;
    bool center_horizontally = false;
};

/// The width and height (points, 1/72 inch) inside the margins of the paper `p` names, turned
/// as it says, in the sheet's own points: at a scale below 100 % more of the sheet fits.
std::pair<double, double> printable_area_pt(const PrintSetup& p);

/// Excel's limit of manual page breaks a sheet (libxlsxwriter writes no more).
inline constexpr std::size_t max_page_breaks = 1023;

/// An Excel table (ListObject) over a range whose first row holds the headers.
struct TableSpec {
    std::string name;                  ///< unique in the workbook, no spaces
    std::vector<std::string> headers;  ///< one per column, unique
    std::string style = "Table Style Medium 2";
    bool banded_rows = true;
    /// The header cells' own format. LibreOffice does not draw Excel's table styles: a format of
    /// their own makes the headers look (and print) the same in both.
    Format header_format{};
};

/// A native chart series: values (and categories) as sheet ranges.
struct ChartSeries {
    std::string name;
    std::string categories;   ///< "=Ark!$B$1:$D$1"
    std::string values;       ///< "=Ark!$B$2:$D$2"
    std::uint32_t color = 0;  ///< 0 = automatic
    bool dashed = false;
};
struct ChartSpec {
    enum class Type { line, column, bar };
    Type type = Type::line;
    std::string title;
    std::string x_title, y_title;
    std::vector<ChartSeries> series;
    double width_scale = 1.0, height_scale = 1.0;
    /// Where the value axis starts; nullopt lets the application choose (Excel starts near the
    /// data, which exaggerates change).
    std::optional<double> y_min;
};

/// Document properties (File ▸ Info).
struct DocProperties {
    std::string title, subject, author, company, category, keywords, comments;
    std::time_t created = 0;  ///< 0 = now (or SOURCE_DATE_EPOCH when set)
};

class WorkbookWriter;

/// How a workbook's cells are held until it is saved.
enum class RowOrder {
    any,       ///< cells may be written in any order; every cell is kept in memory until save()
    ascending  ///< each sheet is written top to bottom; a row goes to disk when the next begins
};

/// One worksheet being written. Obtained from WorkbookWriter::add_sheet; valid while the
/// writer lives.
class SheetWriter {
  public:
    /// Writes a typed value: strings, numbers, booleans, dates (with a date format unless `fmt`
    /// has one), errors (as a formula with the cached error), empty (blank with format).
    void write(CellRef at, const CellValue& value, Format fmt = {});
    void write_string(CellRef at, const std::string& s, Format fmt = {});
    void write_number(CellRef at, double v, Format fmt = {});
    /// A formula ("=SUM(A1:A3)") with the result Excel would show, so that readers without a
    /// calculation engine see the right value.
    void write_formula(CellRef at, const std::string& formula, const CellValue& cached,
                       Format fmt = {});
    /// A hyperlink: "https://…", "mailto:…", "file:///…" or an internal "internal:Ark!A1".
    void write_url(CellRef at, const std::string& url, const std::string& text, Format fmt = {},
                   const std::string& tooltip = {});
    void merge(const CellRange& range, const std::string& text, Format fmt = {});

    void set_column(std::uint32_t first, std::uint32_t last, double width, Format fmt = {},
                    bool hidden = false);
    /// Widths of consecutive columns from `first` on, one per entry, each with `fmt`.
    void set_widths(const std::vector<double>& widths, std::uint32_t first = 0, Format fmt = {});
    /// With RowOrder::ascending only the row being written, or a later one, can be set.
    void set_row(std::uint32_t row, double height, Format fmt = {}, bool hidden = false);
    void freeze(std::uint32_t rows, std::uint32_t cols = 0);
    /// Writes the header cells too. With RowOrder::ascending, call it before the header row's
    /// cells are written.
    void add_table(const CellRange& range, const TableSpec& spec);
    void autofilter(const CellRange& range);
    void add_validation(const CellRange& range, const Validation& v);
    void add_conditional(const CellRange& range, const Conditional& c);
    void print_setup(const PrintSetup& p);
    /// Protects the sheet: only cells with an unlocked format can be changed.
    void protect(const SheetProtection& p);
    void insert_chart(CellRef at, const ChartSpec& spec);
    void hide();
    void activate();
    const std::string& name() const { return name_; }

  private:
    friend class WorkbookWriter;
    SheetWriter(WorkbookWriter* owner, void* ws, std::string name)
        : owner_(owner), ws_(ws), name_(std::move(name)) {}
    void check(int lxw_error, const char* what, CellRef at = {}) const;
    /// Every write goes through here: with RowOrder::ascending it refuses rows already written
    /// and finishes the previous row (its height) before a new one begins.
    void enter_row(std::uint32_t row);
    /// Remembers a wrapped text, for fit_row().
    void note_wrapped(CellRef at, const std::string& text, Format fmt);
    /// Gives a row with wrapped text the height its longest cell needs, the text wrapped with
    /// Calibri's metrics in its column's width: neither Excel's reader of a generated file nor
    /// LibreOffice reliably grows such rows by themselves, and a printed row must hold its text.
    void fit_row(std::uint32_t row);
    /// Fits every row still waiting; called by save().
    void fit_rows();

    WorkbookWriter* owner_;
    void* ws_;
    std::string name_;
    std::map<std::uint32_t, double> widths_;       ///< column → width set by set_column
    std::map<std::uint32_t, double> row_heights_;  ///< rows whose height was set explicitly
    struct WrappedCell {
        std::uint32_t col;
        std::string text;
        double font_size;
        bool bold;
    };
    /// row → its wrapped cells, for rows not yet fitted
    std::map<std::uint32_t, std::vector<WrappedCell>> wrapped_;
    std::optional<std::uint32_t> current_row_;  ///< the row being written (RowOrder::ascending)
};

/// What writing does when the target exists already.
enum class Existing {
    refuse,   ///< the default: a filled plan or last week's board workbook is never replaced
              ///< by accident (ErrorCode::output_exists, before any work and again at the end)
    replace,  ///< the user asked for it (--force, a confirmed dialog): replaced atomically
};

/// Writes one .xlsx with libxlsxwriter, atomically: everything goes to a temporary file in the
/// target's folder, renamed over the target only by save(). A writer destroyed without save()
/// leaves no trace. Refuses a target that is one of `inputs`, a target that exists unless
/// `existing` says replace, and a folder that does not exist or cannot be written – each before
/// any work, with the folder named.
class WorkbookWriter {
  public:
    explicit WorkbookWriter(std::filesystem::path target,
                            std::vector<std::filesystem::path> inputs = {},
                            RowOrder order = RowOrder::any, Existing existing = Existing::refuse);
    ~WorkbookWriter();
    WorkbookWriter(const WorkbookWriter&) = delete;
    WorkbookWriter& operator=(const WorkbookWriter&) = delete;

    /// A new sheet; names are checked as Excel does (≤ 31 chars, no []:*?/\, unique).
    SheetWriter& add_sheet(const std::string& name);
    /// The format for `spec`, created once per distinct spec.
    Format format(const FormatSpec& spec);
    void set_properties(const DocProperties& props);
    /// A custom document property (File ▸ Properties ▸ Custom; docProps/custom.xml,
    /// ECMA-376 Part 1, §22.3), as text or as a whole number.
    void set_custom_property(const std::string& name, const std::string& value);
    void set_custom_property(const std::string& name, std::int32_t value);
    /// A workbook-level defined name, e.g. ("Afdeling", "=Forside!$B$2").
    void define_name(const std::string& name, const std::string& formula);
    /// Closes the package and renames it into place. Throws opfolg::Error on failure, leaving
    /// any existing target untouched.
    void save();

    const std::filesystem::path& target() const { return target_; }

  private:
    friend class SheetWriter;
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::filesystem::path target_;
    std::filesystem::path temp_;
    RowOrder order_;
    Existing existing_;
    std::vector<std::unique_ptr<SheetWriter>> sheets_;
};

/// Checks that `target` can be written before any work is done: its folder exists and takes a
/// new file, and the target is new unless `existing` says replace. Throws opfolg::Error naming
/// the folder or the file (never a library's message).
void check_writable(const std::filesystem::path& target, Existing existing);

/// Checks that writing to `target` would not overwrite one of `inputs` (same file, also through
/// links or different spellings). Throws ErrorCode::output_is_input.
void refuse_overwriting_inputs(const std::filesystem::path& target,
                               const std::vector<std::filesystem::path>& inputs);

/// The creation time to stamp into generated workbooks: SOURCE_DATE_EPOCH when set (for
/// reproducible output), else now.
std::time_t build_timestamp();

}  // namespace opfolg::xlsx

#pragma once
// The files that report.html inlines, compiled into the program so that a report needs nothing
// at run time: the chart library (Vega, Vega-Lite, vega-embed, from npm at build time; see
// report/package.json) with its licence, and the report's own script and style (report/src).
#include <string_view>

namespace dermasim::report {

std::string_view vega_js();
std::string_view vega_lite_js();
std::string_view vega_embed_js();
/// The BSD-3-Clause notices of the three libraries, which their licence asks to keep.
std::string_view chart_library_licences();
std::string_view report_js();
std::string_view report_css();

}  // namespace dermasim::report

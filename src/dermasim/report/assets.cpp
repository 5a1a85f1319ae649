// The report's assets, embedded with the assembler's .incbin: the files are copied into the
// object byte for byte, with no generated source to escape (C++23's #embed is not in GCC 12).
// CMake passes each path as a DERMASIM_ASSET_* definition and makes this file depend on them.
#include "dermasim/report/assets.hpp"

// Each asset gets <name>_begin and <name>_end symbols (hidden: they belong to this program).
#define DERMASIM_INCBIN(name, path)                                                                \
  __asm__(".section .rodata\n.global " #name "_begin\n.hidden " #name "_begin\n.balign 16\n" #name \
          "_begin:\n.incbin \"" path "\"\n.global " #name "_end\n.hidden " #name "_end\n" #name    \
          "_end:\n.byte 0\n.previous\n");                                                          \
  extern "C" const char name##_begin[];                                                            \
  extern "C" const char name##_end[];

DERMASIM_INCBIN(dermasim_vega_js, DERMASIM_ASSET_VEGA)
DERMASIM_INCBIN(dermasim_vega_lite_js, DERMASIM_ASSET_VEGA_LITE)
DERMASIM_INCBIN(dermasim_vega_embed_js, DERMASIM_ASSET_VEGA_EMBED)
DERMASIM_INCBIN(dermasim_vega_licence, DERMASIM_ASSET_VEGA_LICENCE)
DERMASIM_INCBIN(dermasim_report_js, DERMASIM_ASSET_REPORT_JS)
DERMASIM_INCBIN(dermasim_report_css, DERMASIM_ASSET_REPORT_CSS)

namespace dermasim::report {

namespace {
std::string_view view(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}
}  // namespace

std::string_view vega_js() {
  return view(dermasim_vega_js_begin, dermasim_vega_js_end);
}
std::string_view vega_lite_js() {
  return view(dermasim_vega_lite_js_begin, dermasim_vega_lite_js_end);
}
std::string_view vega_embed_js() {
  return view(dermasim_vega_embed_js_begin, dermasim_vega_embed_js_end);
}
std::string_view chart_library_licences() {
  return view(dermasim_vega_licence_begin, dermasim_vega_licence_end);
}
std::string_view report_js() {
  return view(dermasim_report_js_begin, dermasim_report_js_end);
}
std::string_view report_css() {
  return view(dermasim_report_css_begin, dermasim_report_css_end);
}

}  // namespace dermasim::report

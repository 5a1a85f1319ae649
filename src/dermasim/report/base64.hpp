#pragma once
// RFC 4648 base64, for the PNG images that report.html carries as data: URIs.
#include <string>
#include <string_view>

namespace dermasim::report {

std::string base64_encode(std::string_view bytes);

}  // namespace dermasim::report

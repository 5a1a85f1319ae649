#include "dermasim/scenario/scenario.hpp"

namespace dermasim::scenario {

// The scenario `dermasim run` uses when given no file: the reference dermaroller (192 needles of
// 1.5 mm in 8 rows on a 2 cm x 2 cm drum; Schwarz & Laaff 2011) on the cheek, three sessions four
// weeks apart, each rolled 16 times in four directions (about 250 punctures per cm^2 per session,
// as Doddaballapur 2009 counts for 15 rolls), over a boxcar acne scar of typical size (Jacob
// 2001) in the middle of the patch.
const std::string& default_scenario_text() {
  static const std::string text =
      R"(# dermasim built-in default: dermaroller for an acne scar on the cheek
[skin]
site = "cheek"
age = "35 years"
sex = "female"
fitzpatrick = 3

[device]
type = "roller"
name = "reference dermaroller, 192 needles"

[device.needle]
length = "1.5 mm"
diameter = "0.25 mm"
tip_angle = "30 deg"

[device.roller]
drum_diameter = "2 cm"
drum_width = "2 cm"
rows = 8
needles_per_row = 24
speed = "2 cm/s"

[[sessions]]
day = 0
passes = 16
directions = ["0 deg", "90 deg", "45 deg", "135 deg"]

[[sessions]]
day = 28
passes = 16
directions = ["0 deg", "90 deg", "45 deg", "135 deg"]

[[sessions]]
day = 56
passes = 16
directions = ["0 deg", "90 deg", "45 deg", "135 deg"]

[simulation]
patch_x = "4 mm"
patch_y = "4 mm"
resolution = "10 um"
duration = "26 weeks"
seed = 20261125

[[conditions.scars]]
type = "boxcar"
x = "2 mm"
y = "2 mm"
width = "2.5 mm"
depth = "0.3 mm"
)";
  return text;
}

}  // namespace dermasim::scenario

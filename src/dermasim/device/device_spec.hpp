#pragma once
// What a scenario says about the device and how it is used. All lengths in m, times in s, angles
// in rad, frequencies in Hz (converted from the scenario's units at load time).
#include <string>
#include <vector>

#include "dermasim/device/needle.hpp"

namespace dermasim::device {

enum class DeviceKind { roller, pen, stamp };

/// A drum studded with needles, rolled over the skin (Schwarz & Laaff 2011 reference roller:
/// 192 needles in 8 rows on a 2 cm x 2 cm drum).
struct RollerSpec {
  double drum_diameter = 0;
  double drum_width = 0;
  int rows = 0;               // rows around the circumference
  int needles_per_row = 0;    // needles along the drum axis in each row
  bool staggered = false;     // alternate rows shifted by half the needle pitch along the axis
  double speed = 0;           // rolling speed over the skin
  double speed_cv = 0;        // stroke-to-stroke coefficient of variation of the hand speed
  double lateral_wobble = 0;  // SD of the sideways drift of the drum at each row contact
  double overlap = 0;         // fraction of the drum width by which neighbouring strokes overlap
};

/// A motorised pen: a cartridge of needles stamping at a frequency while glided over the skin.
enum class PenLayout { ring, grid };
struct PenSpec {
  int needles = 0;
  PenLayout layout = PenLayout::ring;
  double cartridge_diameter = 0;  // diameter of the needle field on the cartridge face
  double frequency = 0;           // stamps per second
  double glide_speed = 0;         // speed of the hand over the skin
  double lane_spacing = 0;        // distance between neighbouring glide lines
  double speed_cv = 0;            // lane-to-lane coefficient of variation of the glide speed
  double hand_jitter = 0;         // SD of the position of each stamp about the glide line
};

/// A flat array of needles pressed on the skin, moved by its own footprint between presses.
struct StampSpec {
  int rows = 0;
  int columns = 0;
  double pitch = 0;        // centre-to-centre needle spacing
  int presses = 1;         // presses at each position per pass
  double hand_jitter = 0;  // SD of the position of each press
};

struct DeviceSpec {
  DeviceKind kind = DeviceKind::roller;
  std::string name;  // free text, for reports
  Needle needle;
  RollerSpec roller;
  PenSpec pen;
  StampSpec stamp;
};

/// One treatment session: when, how many passes, and the direction of each pass (cycled).
struct SessionSpec {
  int day = 0;  // days after the first session (the first is day 0)
  int passes = 1;
  std::vector<double> directions;  // rad, measured from +x towards +y
};

std::string_view kind_name(DeviceKind kind);

}  // namespace dermasim::device

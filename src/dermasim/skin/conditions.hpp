#pragma once
// What is wrong with the skin being treated: atrophic acne scars, fine lines and wrinkles,
// hyperpigmentation or melasma. Each is placed on the (periodic) patch and has a shape; the
// healing model starts from the tissue they imply (a fibrotic base under each scar, a pigmentary
// unit of raised activity in a melasma patch) and the outcomes measure them on the simulated
// surface (docs/model.md section 7).
#include <cstdint>
#include <string_view>
#include <vector>

namespace dermasim::skin {

/// Atrophic acne scar types (Jacob CI, Dover JS, Kaminer MS. J Am Acad Dermatol 2001;45:109).
enum class ScarType : int { icepick = 0, boxcar = 1, rolling = 2 };
inline constexpr int kScarTypes = 3;
inline constexpr ScarType kAllScarTypes[kScarTypes] = {ScarType::icepick, ScarType::boxcar,
                                                       ScarType::rolling};
std::string_view scar_type_name(ScarType t);

/// Typical geometry of each type (docs/model.md 7.1): surface width, depression depth, and the
/// fibrotic tissue that holds it: how deep below the dermo-epidermal junction the fibrotic base
/// reaches, over which share of the scar's radius, at which density of scar collagen.
struct ScarTypeGeometry {
  double width;             // m
  double depth;             // m
  double base_depth;        // m below the dermo-epidermal junction; <= 0: to the floor's depth
  double base_radius;       // share of the scar's radius the fibrotic base covers, 1
  double fibrotic_density;  // mg/cm^3 of scar collagen in the base
};
const ScarTypeGeometry& scar_type_geometry(ScarType t);

struct Scar {
  ScarType type = ScarType::boxcar;
  double x = 0, y = 0;          // centre on the patch, m
  double width = 0;             // surface diameter, m
  double depth = 0;             // depression below the surrounding surface, m
  double fibrotic_density = 0;  // mg/cm^3
  /// Depth of the depression at distance r (m) from the centre, as a share of `depth` (1 at the
  /// floor, 0 at and beyond the rim). Icepick: a cone (V); boxcar: a flat floor with steep walls
  /// (U); rolling: a smooth dish (cos^2, the undulation of an M-shaped profile).
  double profile(double r) const;
  /// Share of the fibrotic base at distance r (0 or 1 inside its radius; smooth edge of one
  /// voxel is left to the rasterization).
  bool in_base(double r) const;
};

/// A fine line or wrinkle: a straight furrow across the patch through (x, y).
struct Line {
  double x = 0, y = 0;     // a point on the furrow's axis, m
  double orientation = 0;  // rad from the x axis
  double depth = 0;        // m
  double width = 0;        // full width at half depth, m
  /// Depth at distance d (m) from the axis, as a share of `depth` (Gaussian cross-section).
  double profile(double d) const;
  /// Distance of (px, py) from the nearest periodic image of the axis on an lx x ly patch (an
  /// axis-parallel line tiles the patch exactly; an oblique one as the parallel family of its
  /// images).
  double distance(double px, double py, double lx, double ly) const;
};

enum class PigmentKind : int { none = 0, hyperpigmentation = 1, melasma = 2 };
std::string_view pigment_kind_name(PigmentKind k);

struct Pigmentation {
  PigmentKind kind = PigmentKind::none;
  double area = 0;               // share of the patch that is lesional, 1
  double epidermal_melanin = 1;  // lesional epidermal melanin relative to the phototype's normal
  double dermal_melanin = 0;     // lesional dermal melanin, same unit
  double patch_size = 0;         // typical size of a lesional blotch, m
};

struct Conditions {
  std::vector<Scar> scars;
  std::vector<Line> lines;
  Pigmentation pigmentation;
  bool empty() const {
    return scars.empty() && lines.empty() && pigmentation.kind == PigmentKind::none;
  }
  /// Deepest tissue the conditions involve below the surface (fibrotic bases), m.
  double deepest(double dermo_epidermal_junction, double dermis_bottom) const;
};

/// Depth below the junction of a scar's fibrotic base: its type's, or the scar's floor for a
/// base that follows the floor (icepick), or down to the subcutis (rolling tethers).
double scar_base_bottom(const Scar& s, double dermo_epidermal_junction, double dermis_bottom);

/// Shortest displacement from a to b on a periodic axis of length l.
double periodic_delta(double a, double b, double l);

/// Draws `count` centres for scars of width `width` on an lx x ly periodic patch, keyed by the
/// seed and the group (the same scenario gives the same scars), keeping clear of `taken` scars
/// where it can (a few tries each; a scar may overlap another when the patch is crowded).
std::vector<std::pair<double, double>> draw_scar_centres(int count, double width, double lx,
                                                         double ly, std::uint64_t seed, int group,
                                                         const std::vector<Scar>& taken);

/// The lesional mask of a pigmentation on an nx x ny grid of columns over the patch: a smooth
/// periodic random field (blotches of `patch_size`), thresholded so that `area` of the columns
/// are lesional. Deterministic for a seed. 1 = lesional.
std::vector<char> lesion_mask(const Pigmentation& p, int nx, int ny, double lx, double ly,
                              std::uint64_t seed);

}  // namespace dermasim::skin

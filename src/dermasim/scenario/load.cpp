// The scenario schema: which sections and keys exist, their units, ranges and defaults.
#include <fmt/format.h>
#include <cmath>
#include <fstream>
#include <limits>
#include <numbers>
#include <sstream>

#include "dermasim/biology/species.hpp"
#include "dermasim/device/kinematics.hpp"
#include "dermasim/injury/penetration.hpp"
#include "dermasim/scenario/scenario.hpp"
#include "dermasim/scenario/scenario_document.hpp"
#include "dermasim/scenario/table_reader.hpp"
#include "dermasim/simulation/healing_domain.hpp"
#include "dermasim/transport/actives.hpp"
#include "dermasim/transport/serum_run.hpp"

namespace dermasim::scenario {

namespace dim = units::dim;

namespace {

void read_skin(TableReader t, skin::SkinSpec& s) {
  std::vector<std::string> sites;
  for (const auto& p : skin::site_presets()) sites.emplace_back(p.name);
  s.site = t.choice("site", sites, "cheek");
  s.age = t.quantity("age", {dim::time, "years", 12, 100, 35});
  s.sex =
      t.choice("sex", {"female", "male"}, "female") == "male" ? skin::Sex::male : skin::Sex::female;
  s.fitzpatrick = static_cast<int>(t.integer("fitzpatrick", 1, 6, 3));
  const skin::SitePreset* preset = skin::find_site(s.site);
  const skin::LayerThickness base = s.sex == skin::Sex::male ? preset->male : preset->female;
  // Overrides: any layer thickness measured on the person (e.g. by OCT or ultrasound).
  TableReader layers = t.table("layers");
  auto layer = [&layers](const char* key, double preset_m, double lo_um, double hi_um) {
    return layers.quantity(key, {dim::length, "um", lo_um, hi_um, preset_m * 1e6});
  };
  s.layers.stratum_corneum = layer("stratum_corneum", base.stratum_corneum, 5, 100);
  s.layers.viable_epidermis = layer("viable_epidermis", base.viable_epidermis, 20, 300);
  s.layers.papillary_dermis = layer("papillary_dermis", base.papillary_dermis, 30, 600);
  s.layers.reticular_dermis = layer("reticular_dermis", base.reticular_dermis, 200, 4000);
  layers.finish();
  t.finish();
}

void read_needle(TableReader t, device::DeviceKind kind, device::Needle& n) {
  n.length = t.quantity("length", {dim::length, "mm", 0.05, 3.0});
  // Default shafts: 0.25 mm on rollers (Schwarz & Laaff 2011), 33 G on pens and stamps.
  const double default_diameter_mm = kind == device::DeviceKind::roller ? 0.25 : 0.21;
  if (t.has("gauge")) {
    const auto g = t.integer("gauge", 25, 34, std::nullopt);
    t.forbid("diameter", "give either 'gauge' or 'diameter', not both");
    n.diameter = device::gauge_outer_diameter(static_cast<int>(g)).value();
    // The resolved scenario states the diameter the gauge stands for (and only it).
    t.resolved()->erase("gauge");
    t.resolved()->insert_or_assign("diameter", units::format_quantity(n.diameter, "mm"));
  } else {
    t.allow("gauge");
    n.diameter = t.quantity("diameter", {dim::length, "mm", 0.03, 0.6, default_diameter_mm});
  }
  n.tip_angle = t.quantity("tip_angle", {dim::angle, "deg", 5, 90, 30});
  t.finish();
}

void read_device(TableReader t, device::DeviceSpec& d) {
  const std::string type = t.choice("type", {"roller", "pen", "stamp"}, std::nullopt);
  d.kind = type == "pen"     ? device::DeviceKind::pen
           : type == "stamp" ? device::DeviceKind::stamp
                             : device::DeviceKind::roller;
  d.name = t.text("name", type);
  read_needle(t.table("needle"), d.kind, d.needle);
  for (const char* other : {"roller", "pen", "stamp"})
    if (type != other)
      t.forbid(other, fmt::format("a [device.{}] section is given but device.type is \"{}\"", other,
                                  type));
  if (d.kind == device::DeviceKind::roller) {
    TableReader r = t.table("roller");
    d.roller.drum_diameter = r.quantity("drum_diameter", {dim::length, "mm", 5, 60, 20});
    d.roller.drum_width = r.quantity("drum_width", {dim::length, "mm", 5, 60, 20});
    d.roller.rows = static_cast<int>(r.integer("rows", 1, 200, 8));
    d.roller.needles_per_row = static_cast<int>(r.integer("needles_per_row", 1, 200, 24));
    d.roller.staggered = r.boolean("staggered", true);
    d.roller.speed = r.quantity("speed", {dim::speed, "cm/s", 0.1, 20, 2});
    d.roller.speed_cv = r.quantity("speed_cv", {dim::none, "1", 0, 0.5, 0.2});
    d.roller.lateral_wobble = r.quantity("lateral_wobble", {dim::length, "um", 0, 1000, 50});
    d.roller.overlap = r.quantity("overlap", {dim::none, "1", 0, 0.9, 0});
    r.finish();
  } else if (d.kind == device::DeviceKind::pen) {
    TableReader p = t.table("pen");
    d.pen.needles = static_cast<int>(p.integer("needles", 1, 100, 12));
    d.pen.layout = p.choice("layout", {"ring", "grid"}, "ring") == "grid" ? device::PenLayout::grid
                                                                          : device::PenLayout::ring;
    d.pen.cartridge_diameter = p.quantity("cartridge_diameter", {dim::length, "mm", 0.5, 15, 4});
    d.pen.frequency = p.quantity("frequency", {dim::frequency, "Hz", 1, 300, 110});
    d.pen.glide_speed = p.quantity("glide_speed", {dim::speed, "cm/s", 0.05, 10, 1});
    d.pen.lane_spacing =
        p.quantity("lane_spacing", {dim::length, "mm", 0.1, 20, d.pen.cartridge_diameter * 1e3});
    d.pen.speed_cv = p.quantity("speed_cv", {dim::none, "1", 0, 0.5, 0.2});
    d.pen.hand_jitter = p.quantity("hand_jitter", {dim::length, "um", 0, 2000, 100});
    p.finish();
  } else {
    TableReader s = t.table("stamp");
    d.stamp.rows = static_cast<int>(s.integer("rows", 1, 100, 6));
    d.stamp.columns = static_cast<int>(s.integer("columns", 1, 100, 6));
    d.stamp.pitch = s.quantity("pitch", {dim::length, "mm", 0.1, 10, 1});
    d.stamp.presses = static_cast<int>(s.integer("presses", 1, 20, 1));
    d.stamp.hand_jitter = s.quantity("hand_jitter", {dim::length, "um", 0, 2000, 200});
    s.finish();
  }
  t.finish();
}

/// [[sessions]]; returns their readers, for the checks that need later tables (the run's end).
std::vector<TableReader> read_sessions(TableReader& root,
                                       std::vector<device::SessionSpec>& sessions) {
  auto tables = root.table_array("sessions");
  if (tables.empty())
    root.fail("sessions",
              "at least one session is required: add a [[sessions]] table with day, "
              "passes and directions");
  int previous_day = -1;
  for (auto& t : tables) {
    device::SessionSpec s;
    s.day = static_cast<int>(t.integer("day", 0, 3650, std::nullopt));
    if (s.day <= previous_day)
      t.fail("day", fmt::format("sessions must be in increasing order of day (previous: day {})",
                                previous_day));
    if (previous_day < 0 && s.day != 0)
      t.fail("day", "the first session is day 0 (days count from the first session)");
    previous_day = s.day;
    // 0 passes: a sham session, the device held off the skin (a serum on intact skin, the
    // "serum alone" arm of a trial, docs/model.md 9.5).
    s.passes = static_cast<int>(t.integer("passes", 0, 100, std::nullopt));
    s.directions = t.quantity_list("directions", {dim::angle, "deg", -360, 360},
                                   std::vector<double>{0, 90, 45, 135});
    t.finish();
    sessions.push_back(std::move(s));
  }
  return tables;
}

/// A session after the end of the run would be counted in the outputs and never simulated.
void check_sessions_within_run(std::vector<TableReader>& tables,
                               const std::vector<device::SessionSpec>& sessions, double duration) {
  for (std::size_t i = 0; i < sessions.size() && i < tables.size(); ++i)
    if (sessions[i].day * 86400.0 > duration + 1e-6)
      tables[i].fail("day", fmt::format("a session on day {} is after the end of the run "
                                        "([simulation] duration = {:.4g} days): make duration at "
                                        "least {} days, or remove the session",
                                        sessions[i].day, duration / 86400.0, sessions[i].day));
}

void read_simulation(TableReader t, const device::DeviceSpec& device,
                     const parameters::ParameterSet& params, SimulationSpec& s) {
  s.patch_x = t.quantity("patch_x", {dim::length, "mm", 0.5, 50, 4});
  s.patch_y = t.quantity("patch_y", {dim::length, "mm", 0.5, 50, 4});
  // The patch is periodic: a channel wider than half the patch would overlap its own image.
  const double drum_radius =
      device.kind == device::DeviceKind::roller ? 0.5 * device.roller.drum_diameter : 0.0;
  const double tilt =
      drum_radius > 0 ? std::acos(drum_radius / (drum_radius + device.needle.length)) : 0.0;
  const double extent = device.needle.diameter + device.needle.length * std::sin(tilt);
  for (const char* side : {"patch_x", "patch_y"}) {
    const double width = std::string(side) == "patch_x" ? s.patch_x : s.patch_y;
    if (width < 2 * extent)
      t.fail(side,
             fmt::format("{:.3g} mm is less than twice the footprint of one channel ({:.3g} mm): "
                         "the periodic patch would overlap a channel with its own image",
                         width * 1e3, extent * 1e3));
  }
  s.resolution = t.quantity("resolution", {dim::length, "um", 1, 200, 10});
  // The healing model's signals vary over hundreds of micrometres (a cytokine spreads
  // sqrt(D / k) ~ 0.2-0.4 mm before it decays), so it runs on a coarser grid than the injury.
  s.healing_resolution = t.quantity("healing_resolution", {dim::length, "um", 10, 200, 100});
  // Grid depth: by default deep enough for the deepest possible channel: the needle length (a
  // pen may exceed its setting by its penetration ratio) plus 100 um of intact tissue below.
  const double max_ratio = device.kind == device::DeviceKind::pen
                               ? std::max(1.0, params.si("pen_penetration_ratio"))
                               : 1.0;
  const double auto_depth_um = (device.needle.length * max_ratio + 100e-6) * 1e6;
  if (t.has("depth")) {
    s.depth_auto = false;
    s.depth = t.quantity("depth", {dim::length, "mm", 0.05, 10, std::nullopt});
    if (s.depth < auto_depth_um * 1e-6 - 100e-6 - 1e-12)
      t.fail("depth",
             fmt::format("{:.4g} mm is shallower than the deepest channel this device can make "
                         "({:.4g} mm): the channels would be cut; remove 'depth' to size the grid "
                         "automatically",
                         s.depth * 1e3, auto_depth_um * 1e-3 - 0.1));
  } else {
    s.depth_auto = true;
    s.depth = auto_depth_um * 1e-6;
    t.quantity("depth", {dim::length, "mm", 0.05, 10, auto_depth_um * 1e-3});
  }
  s.duration = t.quantity("duration", {dim::time, "days", 0, 3650, 182});
  s.seed =
      static_cast<std::uint64_t>(t.integer("seed", 0, std::numeric_limits<std::int64_t>::max(), 1));
  s.threads = static_cast<int>(t.integer("threads", 0, 1024, 0));
  s.max_memory = t.quantity("max_memory", {dim::bytes, "MiB", 1, 1 << 20, 4096});
  t.finish();
}

/// [conditions]: [[conditions.scars]], [[conditions.lines]], [conditions.pigmentation]. Drawn
/// scars are placed with the scenario's seed, so the resolved scenario (which keeps `count`)
/// reproduces them.
void read_conditions(TableReader t, const SimulationSpec& sim, skin::Conditions& c) {
  const double lx = sim.patch_x, ly = sim.patch_y;
  const units::Dimension density_dim = units::parse_unit("mg/cm3").dimension;
  const units::Dimension per_area = units::parse_unit("1/cm2").dimension;
  std::vector<std::string> types;
  for (skin::ScarType st : skin::kAllScarTypes) types.emplace_back(skin::scar_type_name(st));
  int group = 0;
  for (auto& s : t.table_array("scars")) {
    const std::string type_name = s.choice("type", types, std::nullopt);
    skin::ScarType type = skin::ScarType::boxcar;
    for (skin::ScarType st : skin::kAllScarTypes)
      if (skin::scar_type_name(st) == type_name) type = st;
    const skin::ScarTypeGeometry& geo = skin::scar_type_geometry(type);
    skin::Scar scar;
    scar.type = type;
    scar.width = s.quantity("width", {dim::length, "mm", 0.2, 10, geo.width * 1e3});
    scar.depth = s.quantity("depth", {dim::length, "mm", 0.02, 3, geo.depth * 1e3});
    scar.fibrotic_density =
        s.quantity("fibrotic_density", {density_dim, "mg/cm3", 0, 300, geo.fibrotic_density});
    const double room = std::min(lx, ly);
    if (scar.width > room / 1.5)
      s.fail("width", fmt::format("a {:.3g} mm scar needs a patch of at least {:.3g} mm (1.5 times "
                                  "its width, so that intact skin surrounds it); the patch is "
                                  "{:.3g} x {:.3g} mm: enlarge simulation.patch_x/patch_y",
                                  scar.width * 1e3, 1.5 * scar.width * 1e3, lx * 1e3, ly * 1e3));
    const bool at = s.has("x") || s.has("y");
    if (at) {
      for (const char* k : {"count", "density"})
        s.forbid(k,
                 "give either a position (x, y) for one scar, or count/density for scars drawn "
                 "with the seed, not both");
      scar.x = s.quantity("x", {dim::length, "mm", 0, lx * 1e3, std::nullopt});
      scar.y = s.quantity("y", {dim::length, "mm", 0, ly * 1e3, std::nullopt});
      c.scars.push_back(scar);
    } else {
      int count = 1;
      if (s.has("density")) {
        s.forbid("count", "give either count or density, not both");
        const double d = s.quantity("density", {per_area, "1/cm2", 0.1, 1000, std::nullopt});
        count = std::max(1, static_cast<int>(std::lround(d * lx * ly)));
      } else {
        s.allow("density");
        count = static_cast<int>(s.integer("count", 1, 500, 1));
      }
      s.allow("x");
      s.allow("y");
      for (const auto& [x, y] :
           skin::draw_scar_centres(count, scar.width, lx, ly, sim.seed, group, c.scars)) {
        scar.x = x;
        scar.y = y;
        c.scars.push_back(scar);
      }
    }
    ++group;
    s.finish();
  }
  for (auto& l : t.table_array("lines")) {
    skin::Line line;
    line.depth = l.quantity("depth", {dim::length, "um", 5, 2000, 100});
    line.width = l.quantity("width", {dim::length, "um", 20, 5000, 200});
    line.orientation = l.quantity("orientation", {dim::angle, "deg", -180, 180, 0});
    line.x = l.quantity("x", {dim::length, "mm", 0, lx * 1e3, 0.5 * lx * 1e3});
    line.y = l.quantity("y", {dim::length, "mm", 0, ly * 1e3, 0.5 * ly * 1e3});
    l.finish();
    c.lines.push_back(line);
  }
  if (!t.has("pigmentation")) {
    t.allow("pigmentation");
    t.finish();
    return;
  }
  TableReader p = t.table("pigmentation");
  auto& pig = c.pigmentation;
  {
    const std::string kind =
        p.choice("kind",
                 {std::string(skin::pigment_kind_name(skin::PigmentKind::melasma)),
                  std::string(skin::pigment_kind_name(skin::PigmentKind::hyperpigmentation))},
                 std::nullopt);
    const bool melasma = kind == skin::pigment_kind_name(skin::PigmentKind::melasma);
    pig.kind = melasma ? skin::PigmentKind::melasma : skin::PigmentKind::hyperpigmentation;
    // Defaults: melasma is epidermal and dermal, in patches (the mixed type); hyperpigmentation
    // (post-inflammatory, lentigines) is epidermal over the whole patch.
    pig.area = p.quantity("area", {dim::none, "1", 0.01, 1, melasma ? 0.4 : 1.0});
    pig.epidermal_melanin =
        p.quantity("epidermal_melanin", {dim::none, "1", 1, 6, melasma ? 1.8 : 1.5});
    pig.dermal_melanin = p.quantity("dermal_melanin", {dim::none, "1", 0, 4, melasma ? 0.3 : 0.0});
    pig.patch_size = p.quantity("patch_size", {dim::length, "mm", 0.2, 20, 1.0});
  }
  p.finish();
  t.finish();
}

/// [serum] active: from the library, or [serum.custom] with its properties; an ionisable
/// library active in a vehicle of the pH given.
void read_serum_active(TableReader& t, transport::SerumSpec& s) {
  std::vector<std::string> names;
  for (const auto& a : transport::active_library()) names.push_back(a.name);
  names.emplace_back("custom");
  const std::string name = t.choice("active", names, std::nullopt);
  if (name == "custom") {
    TableReader c = t.table("custom");
    if (!c.raw())
      t.fail("active", "\"custom\" needs a [serum.custom] table with the active's properties");
    transport::Active a;
    a.name = c.text("name", "custom");
    a.molecular_weight = c.quantity("molecular_weight", {dim::none, "1", 18, 1e7, std::nullopt});
    a.log_p = c.quantity("log_p", {dim::none, "1", -6, 8, std::nullopt});
    a.neutral_fraction_vehicle = c.quantity("neutral_fraction_vehicle", {dim::none, "1", 0, 1, 1});
    a.neutral_fraction_tissue = c.quantity("neutral_fraction_tissue", {dim::none, "1", 0, 1, 1});
    a.hydrodynamic_radius = c.quantity("hydrodynamic_radius", {dim::length, "nm", 0, 500, 0});
    a.aqueous_diffusivity = c.quantity("aqueous_diffusivity",
                                       {units::parse_unit("m2/s").dimension, "m2/s", 0, 1e-8, 0});
    a.concentration = 0;
    a.source = "given in the scenario";
    c.finish();
    s.active = a;
  } else {
    t.forbid("custom", "a [serum.custom] table is given but serum.active is a library active");
    s.active = *transport::find_active(name);
  }
  // The vehicle's pH sets the neutral share of an ionisable active (Henderson-Hasselbalch).
  if (s.active.ph_dependent()) {
    s.active = transport::in_vehicle_of_ph(
        s.active, t.quantity("vehicle_ph", {dim::none, "1", 2, 9, s.active.vehicle_ph}));
  } else {
    t.forbid("vehicle_ph",
             name == "custom"
                 ? "a custom active's neutral share is given as neutral_fraction_vehicle in "
                   "[serum.custom]"
                 : fmt::format("the library gives {} no pKa, so its neutral share does not "
                               "follow the pH (vehicle_ph applies to l_ascorbic_acid and "
                               "niacinamide)",
                               name));
  }
}

/// [serum] concentration and dose.
void read_serum_dose(TableReader& t, transport::SerumSpec& s) {
  // Concentration in mg/mL, or as a weight-per-volume percentage ("15 %" = 150 mg/mL).
  const units::Dimension per_volume = units::parse_unit("mg/mL").dimension;
  std::optional<double> default_mg_ml;
  if (s.active.concentration > 0) default_mg_ml = s.active.concentration;
  const toml::node* given = t.raw() ? t.raw()->get("concentration") : nullptr;
  if (given && given->is_string() && given->value<std::string>()->ends_with("%")) {
    const double share = t.quantity("concentration", {dim::none, "%", 1e-7, 100, std::nullopt});
    s.concentration = share * 1000.0;  // 1 % w/v = 10 mg/mL = 10 kg/m^3
  } else {
    s.concentration = t.quantity("concentration", {per_volume, "mg/mL", 1e-6, 1000, default_mg_ml});
  }
  // The dose: a film of serum (mg/cm^2), or "infinite" (a reservoir that does not deplete).
  if (t.has("dose") && t.raw()->get("dose")->is_string() &&
      t.raw()->get("dose")->value<std::string>() == "infinite") {
    s.infinite_dose = true;
    t.allow("dose");
    t.resolved()->insert_or_assign("dose", "infinite");
  } else {
    if (t.has("dose") && t.raw()->get("dose")->is_string()) {
      const std::string given_dose = *t.raw()->get("dose")->value<std::string>();
      if (edit_distance(given_dose, "infinite") <= 2)
        t.fail("dose", fmt::format("\"{}\" is neither a dose in mg/cm2 nor \"infinite\"; did you "
                                   "mean \"infinite\"?",
                                   given_dose));
    }
    s.dose = t.quantity("dose", {units::parse_unit("mg/cm2").dimension, "mg/cm2", 0.1, 100, 5});
  }
  // The active's half-life in the film on the skin (docs/model.md 8.4): none (stable) unless
  // given, from a formulation's own stability data.
  if (t.has("vehicle_half_life")) {
    s.vehicle_half_life =
        t.quantity("vehicle_half_life", {dim::time, "h", 1.0 / 60, 24 * 365, std::nullopt});
    // An infinite dose is a reservoir held at its concentration: it cannot also run down.
    if (s.infinite_dose)
      t.fail("vehicle_half_life",
             "an infinite dose is a reservoir held at its concentration and cannot degrade; give "
             "a finite dose (e.g. dose = \"5 mg/cm2\") or leave out vehicle_half_life");
  } else {
    t.allow("vehicle_half_life");  // named among the known keys
  }
}

/// [serum] contact: after which session, for how long, in vivo (when after the needles, occluded
/// or not, within the healing run) or in a Franz cell (how thick, which species' skin).
void read_serum_contact(TableReader& t, const std::vector<device::SessionSpec>& sessions,
                        double healing_duration, transport::SerumSpec& s) {
  // After one session (`session`), or several: `sessions` = "all" or a list (1-based).
  if (t.has("sessions")) {
    if (t.has("session")) t.fail("session", "give session (one) or sessions (several), not both");
    const auto list = *t.integer_set("sessions", 1, std::int64_t(sessions.size()), "all");
    for (auto x : list) s.sessions.push_back(int(x) - 1);
    s.session = s.sessions.front();
  } else {
    t.allow("sessions");  // named among the known keys
    s.session = static_cast<int>(t.integer("session", 1, 100, 1)) - 1;
    if (s.session >= int(sessions.size()))
      t.fail("session", fmt::format("the scenario has {} session(s)", sessions.size()));
    s.sessions = {s.session};
  }
  s.duration = t.quantity("duration", {dim::time, "h", 0.5, 24 * 14, 24});
  const std::string mode = t.choice("mode", {"in_vivo", "franz"}, "in_vivo");
  s.mode = mode == "franz" ? transport::TransportMode::franz : transport::TransportMode::in_vivo;
  if (s.mode == transport::TransportMode::franz) {
    s.franz_thickness = t.quantity("franz_thickness", {dim::length, "um", 100, 3000, 750});
    // Excised skin does not heal: the time after the needles and occlusion change nothing there,
    // so they are refused rather than ignored.
    t.forbid("applied",
             "applied needs mode = \"in_vivo\": excised skin in a Franz cell does not heal, so "
             "its channels stay as the needles left them");
    t.forbid("occluded",
             "occluded needs mode = \"in_vivo\": occlusion slows the healing that closes the "
             "channels, and excised skin in a Franz cell does not heal");
    t.forbid("compare",
             "compare needs mode = \"in_vivo\": a serum in a Franz cell acts on no living "
             "tissue, so there is nothing to compare");
    if (s.sessions.size() > 1)
      t.fail("sessions",
             "several sessions need mode = \"in_vivo\": a Franz cell holds one piece of excised "
             "skin, needled once");
  } else {
    t.forbid("franz_thickness", "franz_thickness applies to mode = \"franz\"");
    s.delay = t.quantity("applied", {dim::time, "h", 0, 24 * 14, 0});
    s.occluded = t.boolean("occluded", false);
    s.compare = t.boolean("compare", false);
    // In vivo the channels close as the healing run says; past its end nothing is known.
    const double end =
        sessions[std::size_t(s.sessions.back())].day * 86400.0 + s.delay + s.duration;
    if (end > healing_duration + 1e-6)
      t.fail(t.has("applied") && !t.has("duration") ? "applied" : "duration",
             fmt::format("the serum's contact ends {:.4g} days after the first session, after the "
                         "end of the healing run (simulation.duration = {:.4g} days) that closes "
                         "its channels: make simulation.duration at least {:.4g} days, or shorten "
                         "serum.duration or serum.applied",
                         end / 86400.0, healing_duration / 86400.0, std::ceil(end / 86400.0)));
  }
  // Excised rat skin (its stratum corneum more permeable) in a Franz cell; in vivo the
  // healing model that closes the channels is human skin's.
  const std::string skin = t.choice("skin", {"human", "rat"}, "human");
  s.skin = skin == "rat" ? transport::SkinSpecies::rat : transport::SkinSpecies::human;
  if (s.skin == transport::SkinSpecies::rat && s.mode != transport::TransportMode::franz)
    t.fail("skin",
           "skin = \"rat\" needs mode = \"franz\" (excised skin): in vivo the channels close by "
           "the healing model, which is human skin's");
}

/// [serum] outputs and numerics: profile times, resolutions, tolerance.
void read_serum_grid(TableReader& t, transport::SerumSpec& s) {
  // Profile times: by default 1, 6 and 24 h, those within the contact (or its end, when it is
  // shorter than an hour); given ones must fall within it and differ.
  std::vector<double> default_hours;
  for (double h : {1.0, 6.0, 24.0})
    if (h * 3600.0 <= s.duration + 1e-6) default_hours.push_back(h);
  if (default_hours.empty()) default_hours.push_back(s.duration / 3600.0);
  s.profile_times =
      t.quantity_list("profile_times", {dim::time, "h", 1.0 / 60, 24 * 14}, default_hours);
  std::vector<double> sorted = s.profile_times;
  std::sort(sorted.begin(), sorted.end());
  if (sorted.back() > s.duration + 1e-6)
    t.fail("profile_times",
           fmt::format("a profile at {:.4g} h is after the end of the contact (duration = {:.4g} "
                       "h): give times up to {:.4g} h",
                       sorted.back() / 3600.0, s.duration / 3600.0, s.duration / 3600.0));
  if (std::adjacent_find(sorted.begin(), sorted.end(),
                         [](double a, double b) { return std::abs(a - b) < 1.0; }) != sorted.end())
    t.fail("profile_times", "the same profile time is given twice");
  s.lateral_resolution = t.quantity("lateral_resolution", {dim::length, "um", 2, 100, 20});
  s.depth_resolution = t.quantity("depth_resolution", {dim::length, "um", 0.5, 50, 10});
  // The finest first tissue plane of the graded surface (docs/model.md 8.1); at or above
  // depth_resolution the planes are uniform.
  s.surface_resolution = t.quantity("surface_resolution", {dim::length, "um", 0.02, 50, 0.1});
  s.relative_tolerance = t.quantity("relative_tolerance", {dim::none, "1", 1e-5, 0.1, 1e-2});
  // The channel's unit cell (docs/model.md 8.9): by default the 3D fidelity's square cell and
  // the well-mixed fidelity's axisymmetric one.
  const std::string cell = t.choice("unit_cell", {"auto", "square", "axisymmetric"}, "auto");
  s.cell = cell == "square"         ? transport::UnitCell::square
           : cell == "axisymmetric" ? transport::UnitCell::axisymmetric
                                    : transport::UnitCell::by_fidelity;
}

/// The unit cell must resolve the channel's lumen: a voxel no wider than the lumen is across at
/// the surface. A voxel holds the lumen's exact area (transport::disc_in_rectangle), so the
/// channel cannot vanish between sub-samples any more, but a lumen much narrower than its voxel
/// is smeared over the voxel and its spreading into the tissue around it is lost: for the 0.25 mm
/// stamp (lumen 23.5 um across) the enhancement is 161 at 100 um against 104 at 10 um
/// (docs/model.md 8.1). The lumen is the one the serum stage builds from the session's punctures,
/// at the mean depth of this device's needles.
void check_serum_lumen_resolved(TableReader t, const Scenario& sc,
                                const transport::SerumSpec& serum) {
  const auto& needle = sc.device.needle;
  const double depth =
      injury::PenetrationModel::from(sc.parameters).mean_depth(sc.device.kind, needle.length);
  const double mouth =
      2 * transport::channel_mouth_radius(needle.radius(), needle.tip_length(), depth,
                                          sc.parameters.si("channel_recoil"));
  if (serum.lateral_resolution <= mouth * (1 + 1e-9)) return;
  if (serum.cell == transport::UnitCell::axisymmetric) return;  // rings, not voxels
  const double coarsest_um = std::floor(mouth * 1e6 * 10) / 10;
  t.fail("lateral_resolution",
         fmt::format("{} is wider than the needle channels' lumen, about {:.3g} um across at the "
                     "surface ({:.3g} um deep channels of {} um needles): the channel would be "
                     "smeared over its voxel; give lateral_resolution = \"{:.3g} um\" or finer",
                     units::format_quantity(serum.lateral_resolution, "um"), mouth * 1e6,
                     depth * 1e6, std::lround(needle.diameter * 1e6), coarsest_um));
}

/// [home_serum]: the active, its concentration and dose, how often, from when to when, the pause
/// after a session, and the numerics of its (intact skin) transport.
void read_home_serum(TableReader t, double healing_duration, transport::HomeRegimen& h) {
  h.present = true;
  auto& s = h.serum;
  s.present = true;
  read_serum_active(t, s);
  read_serum_dose(t, s);
  h.every = t.quantity("every", {dim::time, "day", 0.25, 28, 1});
  // A film stays on until the next one, or a day at most (it is washed off) unless told.
  s.duration =
      t.quantity("duration", {dim::time, "h", 0.5, 24 * 7, std::min(h.every, 86400.0) / 3600.0});
  if (s.duration > h.every + 1e-6)
    t.fail("duration",
           fmt::format("a film in contact for {:.4g} h is still on the skin when the next one is "
                       "applied (every = {:.4g} h): make duration at most every",
                       s.duration / 3600.0, h.every / 3600.0));
  h.start = t.quantity("start", {dim::time, "day", 0, healing_duration / 86400.0, 1});
  h.end = t.quantity("end",
                     {dim::time, "day", 0, healing_duration / 86400.0, healing_duration / 86400.0});
  if (h.end < h.start + s.duration)
    t.fail("end", fmt::format("the regimen ends ({:.4g} days) before its first film's contact "
                              "does ({:.4g} days after start): make end later or start earlier",
                              h.end / 86400.0, (h.start + s.duration) / 86400.0));
  h.pause = t.quantity("pause_after_session", {dim::time, "day", 0, 14, 0});
  s.compare = t.boolean("compare", false);
  s.mode = transport::TransportMode::in_vivo;
  read_serum_grid(t, s);
  t.finish();
}

/// [serum]: the active, its concentration and dose, the contact, and the outputs and numerics.
void read_serum(TableReader t, const std::vector<device::SessionSpec>& sessions,
                double healing_duration, transport::SerumSpec& s) {
  s.present = true;
  read_serum_active(t, s);
  read_serum_dose(t, s);
  read_serum_contact(t, sessions, healing_duration, s);
  read_serum_grid(t, s);
  t.finish();
}

Scenario load(const toml::table& doc, const std::string& source, const std::string& name,
              const std::string& note) {
  Scenario sc;
  sc.source = source;
  sc.name = name;
  sc.parameters = parameters::default_parameters();
  toml::table resolved;
  TableReader root(&doc, "", &sc.source, &resolved);

  read_skin(root.table("skin"), sc.skin);
  read_device(root.table("device"), sc.device);
  auto session_tables = read_sessions(root, sc.sessions);

  // [parameters]: any model parameter by name, in its unit and range.
  {
    TableReader p = root.table("parameters");
    for (const auto& info : sc.parameters.infos()) {
      const units::Dimension d = units::parse_unit(info.unit).dimension;
      sc.parameters.set_si(info.name,
                           p.quantity(info.name, {d, info.unit, info.min, info.max, info.value}));
    }
    // One constraint spans parameters: the resting collagen must leave room to deposit more
    // (docs/model.md 6.4, the packing limit).
    const double limit = sc.parameters.si("collagen_packing_limit");
    for (const char* content : {"collagen_papillary", "collagen_reticular"})
      if (sc.parameters.si(content) >= limit)
        p.fail(p.has(content) ? content : "collagen_packing_limit",
               fmt::format("{} must stay below collagen_packing_limit ({} against {}): the dermis "
                           "cannot hold more collagen than tendon packs",
                           content, units::format_quantity(sc.parameters.si(content), "mg/cm3"),
                           units::format_quantity(limit, "mg/cm3")));
    p.finish();
  }
  read_simulation(root.table("simulation"), sc.device, sc.parameters, sc.simulation);
  check_sessions_within_run(session_tables, sc.sessions, sc.simulation.duration);
  if (root.has("conditions"))
    read_conditions(root.table("conditions"), sc.simulation, sc.conditions);
  else
    root.allow("conditions");
  // The serums applied with sessions: one [serum], or several [[serums]] (each read as a
  // [serum] is). One reader per table: a second root.table("serum") would start its resolved
  // copy anew.
  std::vector<TableReader> serum_tables;
  if (root.has("serum")) {
    if (root.has("serums"))
      root.fail("serums",
                "give one [serum] or several [[serums]], not both: write the [serum] as the "
                "first [[serums]]");
    serum_tables.push_back(root.table("serum"));
    root.allow("serums");
  } else {
    serum_tables = root.table_array("serums");
    root.allow("serum");
  }
  for (const TableReader& table : serum_tables) {
    transport::SerumSpec serum;
    read_serum(table, sc.sessions, sc.simulation.duration, serum);
    serum.vehicle_density = sc.parameters.si("vehicle_density");
    check_serum_lumen_resolved(table, sc, serum);
    sc.serums.push_back(std::move(serum));
  }
  if (root.has("home_serum")) {
    read_home_serum(root.table("home_serum"), sc.simulation.duration, sc.home_serum);
    sc.home_serum.serum.vehicle_density = sc.parameters.si("vehicle_density");
  } else {
    root.allow("home_serum");
  }
  {
    TableReader o = root.table("output");
    sc.output.images = o.boolean("images", true);
    sc.output.report = o.boolean("report", true);
    o.finish();
  }
  root.finish();

  const double need = sc.estimated_memory();
  if (need > sc.simulation.max_memory) {
    const grid::Grid3D g = sc.grid();
    root.table("simulation")
        .fail("resolution",
              fmt::format(
                  "the run needs about {:.0f} MiB (a grid of {} x {} x {} voxels, {:.0f} MiB, "
                  "and about {:.3g} punctures), more than simulation.max_memory = {:.0f} MiB: "
                  "coarsen the resolution, shrink patch_x/patch_y, use fewer passes, or raise "
                  "max_memory",
                  need / 1048576.0, g.nx, g.ny, g.nz, sc.grid_memory() / 1048576.0,
                  sc.expected_punctures(), sc.simulation.max_memory / 1048576.0));
  }
  std::ostringstream out;
  out << "# Resolved dermasim scenario: every value, with defaults filled in and units explicit.\n"
      << "# Source: " << source << "\n";
  if (!note.empty()) out << "# " << note << "\n";
  out << "\n" << resolved << "\n";
  sc.resolved_toml = out.str();
  return sc;
}

}  // namespace

grid::Grid3D Scenario::grid() const {
  return grid::make_grid(simulation.patch_x, simulation.patch_y, simulation.depth,
                         simulation.resolution);
}

double Scenario::grid_memory() const {
  return static_cast<double>(grid::field_bytes(grid()));
}

double Scenario::expected_punctures() const {
  double passes = 0;
  for (const auto& s : sessions) passes += s.passes;
  return device::expected_density_per_pass(device) * simulation.patch_x * simulation.patch_y *
         passes;
}

double Scenario::healing_memory() const {
  const grid::Grid3D g = grid::make_grid(simulation.patch_x, simulation.patch_y,
                                         simulation::healing_depth(*this, simulation.depth),
                                         simulation.healing_resolution);
  // The state, the two step-doubling trial states, the accepted backup and diffusion scratch;
  // and each voxel's kept Jacobian (floats, a quarter of a dense one: the kinetics' pattern fills
  // 15 %, docs/numerics.md).
  constexpr double kCopies = 5;
  const double jacobian = double(biology::kSpecies * biology::kSpecies) / 4 * sizeof(float);
  return double(g.size()) * (kCopies * biology::kSpecies * sizeof(double) + jacobian);
}

double Scenario::estimated_memory() const {
  // Per puncture: its record, its channel and bounding box, and its share of the per-block
  // volume sums (one double per 16 depth planes); 25 % margin for the lattice's fluctuations.
  const double per_puncture = double(sizeof(device::Puncture)) + 160.0 + 8.0 * (grid().nz / 16 + 1);
  return grid_memory() + 1.25 * expected_punctures() * per_puncture + healing_memory();
}

toml::table parse_scenario_text(const std::string& text, const std::string& source_name) {
  try {
    return toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    const auto& src = e.source();
    throw ScenarioError(
        {source_name, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column)}, "",
        fmt::format("not valid TOML: {}", e.description()));
  }
}

Scenario load_scenario_text(const std::string& text, const std::string& source_name,
                            const std::string& scenario_name) {
  return load(parse_scenario_text(text, source_name), source_name, scenario_name, "");
}

Scenario load_scenario_table(const toml::table& doc, const std::string& source_name,
                             const std::string& scenario_name, const std::string& note) {
  return load(doc, source_name, scenario_name, note);
}

std::string read_scenario_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw ScenarioError({path.string(), 0, 0}, "", "is a directory, not a scenario file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ScenarioError({path.string(), 0, 0}, "", "cannot open the scenario file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Scenario load_scenario_file(const std::filesystem::path& path) {
  return load_scenario_text(read_scenario_file(path), path.string(), path.stem().string());
}

Scenario load_default_scenario() {
  return load_scenario_text(default_scenario_text(), "<built-in default>", "default");
}

}  // namespace dermasim::scenario

#include "dermasim/simulation/healing_run.hpp"

#include <fmt/format.h>
#include <omp.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <stdexcept>

#include "dermasim/numerics/reaction_diffusion.hpp"
#include "dermasim/numerics/well_mixed.hpp"

namespace dermasim::simulation {

using biology::kSpecies;
using biology::State;

std::string_view fidelity_name(Fidelity f) {
  return f == Fidelity::well_mixed ? "well_mixed" : "3d";
}

std::vector<double> HealingResult::column(const std::string& name) const {
  std::vector<double> out;
  out.reserve(rows.size());
  const auto added = std::find(added_columns.begin(), added_columns.end(), name);
  if (added != added_columns.end()) {
    const auto c = std::size_t(added - added_columns.begin());
    for (const auto& r : added_rows) out.push_back(r[c]);
    return out;
  }
  const std::size_t c = observable_index(name);
  for (const auto& r : rows) out.push_back(r[c]);
  return out;
}

namespace {

std::vector<Seconds> session_seconds(const HealingDomain& d) {
  std::vector<Seconds> s;
  for (const auto& x : d.sessions) s.push_back(Seconds(std::llround(x.time)));
  return s;
}

/// Walks the output schedule and the field times, applying each session when its time comes.
/// `advance(t)` moves the model to t, `injure(i)` applies session i, `sample(t)` records a row
/// (output times only), `capture(i, t)` hands out the fields of field time i.
template <class Advance, class Injure, class Sample, class Capture>
void drive(const HealingDomain& d, const HealingProgress& progress,
           const std::vector<Seconds>& field_times, Advance&& advance, Injure&& injure,
           Sample&& sample, Capture&& capture) {
  const std::vector<Seconds> sessions = session_seconds(d);
  const Seconds duration = Seconds(std::llround(d.duration));
  const std::vector<Seconds> schedule = output_schedule(sessions, duration, d.occlusion_edges());
  std::vector<Seconds> stops = schedule;
  stops.insert(stops.end(), field_times.begin(), field_times.end());
  std::sort(stops.begin(), stops.end());
  stops.erase(std::unique(stops.begin(), stops.end()), stops.end());
  std::size_t next = 0;
  for (Seconds t : stops) {
    while (next < sessions.size() && sessions[next] <= t) {
      advance(sessions[next]);
      injure(next);
      ++next;
    }
    advance(t);
    if (std::binary_search(schedule.begin(), schedule.end(), t)) sample(t);
    const auto f = std::lower_bound(field_times.begin(), field_times.end(), t);
    if (f != field_times.end() && *f == t) capture(std::size_t(f - field_times.begin()), t);
    if (progress && duration > 0) progress(double(t) / double(duration));
  }
}

/// The fibrous matrix whose gain lifts a depressed floor: collagen I and III, elastic fibres,
/// tropoelastin (mg/cm^3), summed over `value(species)`.
constexpr biology::Species kMatrixSpecies[] = {biology::collagen_i, biology::collagen_iii,
                                               biology::elastin, biology::tropoelastin};
template <class Value>
double matrix_sum(Value&& value) {
  double m = 0;
  for (biology::Species s : kMatrixSpecies) m += value(s);
  return m;
}
double matrix_of(const double* u) {
  return matrix_sum([u](biology::Species s) { return u[s]; });
}

void check_finite(const std::vector<double>& row, Seconds t) {
  for (std::size_t c = 0; c < row.size(); ++c)
    if (!std::isfinite(row[c]))
      throw numerics::StepFailure(
          fmt::format("the healing model produced a non-finite {} at "
                      "t = {:.4g} h; no row is written for it",
                      observable_columns()[c], double(t) / 3600.0));
}

/// The free concentration (kg/m^3) of the actives of one source of the domain's drug action in
/// the window's viable epidermis and dermis: the well-mixed compartment's own, or the 3D
/// planes' weighted by their share of the window and of the layer.
biology::DrugAction::Concentrations window_concentration(const HealingDomain& d, bool well_mixed,
                                                         double t, int source) {
  if (well_mixed) return d.drug_action->concentrations(0, t, source);
  double epi = 0, der = 0, we = 0, wd = 0;
  for (std::size_t k = 0; k < d.plane_environment.size(); ++k) {
    const double share = d.plane_window_share[k];
    if (share <= 0) continue;
    const auto c = d.drug_action->concentrations(int(k), t, source);
    const double ve = share * d.plane_environment[k].viable_epidermis();
    const double de = share * d.plane_environment[k].dermis();
    epi += ve * c.epidermis, we += ve;
    der += de * c.dermis, wd += de;
  }
  return {we > 0 ? epi / we : 0.0, wd > 0 ? der / wd : 0.0};
}

constexpr double kUgPerMl = 1e-3;  // kg/m^3

/// The first serum's and the home regimen's active in the window (ug/mL) into the row's last
/// four columns.
void add_active_concentrations(std::vector<double>& row, const HealingDomain& d, bool well_mixed,
                               double t) {
  if (!d.drug_action || row.size() < 4) return;
  for (int source = 0; source < 2; ++source) {
    const auto c = window_concentration(d, well_mixed, t, source);
    row[row.size() - 4 + 2 * std::size_t(source)] = c.epidermis / kUgPerMl;
    row[row.size() - 3 + 2 * std::size_t(source)] = c.dermis / kUgPerMl;
  }
}

/// The same for the later serums of [[serums]] (sources 2 and up): HealingResult::added_rows.
std::vector<double> added_concentrations(const HealingDomain& d, bool well_mixed, double t) {
  std::vector<double> out;
  if (!d.drug_action) return out;
  for (int source = 2; source < d.drug_action->source_count(); ++source) {
    const auto c = window_concentration(d, well_mixed, t, source);
    out.push_back(c.epidermis / kUgPerMl);
    out.push_back(c.dermis / kUgPerMl);
  }
  return out;
}

/// The names of added_concentrations' columns.
std::vector<std::string> added_columns(const HealingDomain& d) {
  return d.drug_action ? added_serum_columns(d.drug_action->source_count())
                       : std::vector<std::string>{};
}

}  // namespace

WellMixedModel well_mixed_model(const HealingDomain& d) {
  WellMixedModel m{biology::HealingKinetics(d.parameters, {window_environment(d)}, d.age, false),
                   {}};
  const WindowConditions wc = window_conditions(d);
  m.kinetics.set_pigmentation(d.fitzpatrick, {wc.pigment});
  m.kinetics.set_drug_action(d.drug_action);
  m.initial = m.kinetics.rest(0).u;
  m.initial[biology::scar_collagen] += wc.scar_collagen;
  m.initial[biology::epidermal_melanin] += wc.epidermal_melanin;
  m.initial[biology::dermal_melanin] += wc.dermal_melanin;
  return m;
}

numerics::WellMixedOptions well_mixed_options() {
  numerics::WellMixedOptions options;
  options.relative_tolerance = 1e-6;
  options.absolute_tolerance = 1e-10;
  return options;
}

namespace {

HealingResult run_well_mixed(const HealingDomain& d, const HealingProgress& progress) {
  HealingResult result;
  result.fidelity = Fidelity::well_mixed;
  result.added_columns = added_columns(d);
  WellMixedModel model = well_mixed_model(d);
  biology::HealingKinetics& kin = model.kinetics;
  const State& rest = kin.rest(0).u;
  const RegionMeans rest_means = RegionAccumulator::single(rest);
  result.rest = observe(rest_means, rest_means, d.parameters, 0.0);
  {
    const biology::HealingKinetics young(d.parameters,
                                         {window_environment(d, d.parameters.reference_age)},
                                         d.parameters.reference_age, false);
    const RegionMeans m = RegionAccumulator::single(young.rest(0).u);
    result.young_rest = observe(m, m, d.parameters, 0.0);
  }
  std::vector<double> u(model.initial.begin(), model.initial.end());
  // The compartment is the window: its columns are the window's depth.
  const double window_depth = d.window_bottom;
  const double viable = d.skin.thickness().viable_epidermis;
  auto columns_of = [&](const std::vector<double>& x) {
    TissueColumns c;
    c.resize(1, 1);
    const double m = matrix_of(x.data()), m0 = matrix_of(rest.data());
    c.matrix_gain[0] = m0 > 0 ? window_depth * (m - m0) / m0 : 0.0;
    c.scar_collagen[0] = window_depth * x[biology::scar_collagen];
    c.epidermal_melanin[0] = window_depth * x[biology::epidermal_melanin] / viable;
    c.dermal_melanin[0] = window_depth * x[biology::dermal_melanin] / viable;
    return c;
  };
  result.initial = columns_of(u);
  double t_now = 0, open_reference = 0;
  const numerics::WellMixedOptions options = well_mixed_options();
  // One CVODE integration per interval between sessions, returning every output time in it.
  const std::vector<Seconds> sessions = session_seconds(d);
  const std::vector<Seconds> schedule =
      output_schedule(sessions, Seconds(std::llround(d.duration)), d.occlusion_edges());
  // Integrations stop at sessions and at the edges of occlusion (the closure rate changes).
  std::vector<Seconds> stops = sessions;
  for (auto e : d.occlusion_edges()) stops.push_back(e);
  std::sort(stops.begin(), stops.end());
  std::map<Seconds, std::vector<double>> ahead;  // states at upcoming output times
  drive(
      d, progress, {},
      [&](Seconds t) {
        if (double(t) <= t_now) return;
        if (!ahead.contains(t)) {
          Seconds limit = schedule.back();
          for (Seconds e : stops)
            if (double(e) > t_now) {
              limit = std::min(limit, e);
              break;
            }
          limit = std::max(limit, t);
          kin.set_occluded(d.occluded_during(t_now, double(limit)));
          std::vector<double> times;
          std::vector<Seconds> keys;
          for (Seconds x : schedule)
            if (double(x) > t_now && x <= limit) {
              times.push_back(double(x));
              keys.push_back(x);
            }
          if (std::find(keys.begin(), keys.end(), t) == keys.end())
            throw std::logic_error("an output time is missing from the schedule");
          auto states = numerics::integrate_well_mixed(kin, u, t_now, times, {}, options);
          ahead.clear();
          for (std::size_t i = 0; i < keys.size(); ++i) ahead[keys[i]] = std::move(states[i]);
          ++result.steps;
        }
        u = ahead.at(t);
        t_now = double(t);
      },
      [&](std::size_t i) {
        ahead.clear();  // the integration ahead assumed no injury
        const InjuryTotals tot = window_totals(d, d.sessions[i]);
        State s;
        std::copy(u.begin(), u.end(), s.begin());
        kin.apply_injury(s, tot.damaged, tot.clot, tot.epidermis_open);
        u.assign(s.begin(), s.end());
        open_reference = s[biology::epidermal_gap];
      },
      [&](Seconds t) {
        State s;
        std::copy(u.begin(), u.end(), s.begin());
        auto row = observe(RegionAccumulator::single(s), rest_means, d.parameters, open_reference);
        add_active_concentrations(row, d, true, double(t));
        check_finite(row, t);
        result.added_rows.push_back(added_concentrations(d, true, double(t)));
        result.times.push_back(t);
        result.rows.push_back(std::move(row));
        result.columns.push_back(columns_of(u));
        result.well_mixed_states.push_back(s);
      },
      [](std::size_t, Seconds) {});
  return result;
}

/// How many times more slowly proteins and cells cross the stratum corneum than living tissue
/// (assumption, docs/model.md 6.2: the cornified layer holds no cells and little water).
constexpr double kStratumCorneumHindrance = 100.0;

/// Diffusivity of each mobile species (cells: random motility); the stratum corneum lets
/// proteins and cells through 100 times more slowly than living tissue (assumption).
std::vector<numerics::DiffusionSpec> species_specs(const HealingDomain& d) {
  const auto& p = d.parameters;
  const auto& info = biology::species_info();
  std::vector<numerics::DiffusionSpec> specs;
  for (int s = 0; s < kSpecies; ++s) {
    double D = 0;
    switch (s) {
      case biology::damps:
        D = p.diffusivity_damps;
        break;
      case biology::cytokines:
        D = p.diffusivity_cytokines;
        break;
      case biology::tgf_beta:
        D = p.diffusivity_tgf_beta;
        break;
      case biology::pdgf:
        D = p.diffusivity_pdgf;
        break;
      case biology::kgf:
        D = p.diffusivity_kgf;
        break;
      case biology::mmp:
      case biology::gelatinase:  // MMP-2 and -9 (72, 92 kDa) as the collagenases (52 kDa)
        D = p.diffusivity_mmp;
        break;
      case biology::timp:
        D = p.diffusivity_timp;
        break;
      case biology::neutrophils:
        D = p.motility_neutrophils;
        break;
      case biology::macrophages_m1:
      case biology::macrophages_m2:
        D = p.motility_macrophages;
        break;
      case biology::fibroblasts:
        D = p.motility_fibroblasts;
        break;
      default:
        break;
    }
    numerics::DiffusionSpec spec = numerics::DiffusionSpec::uniform(d.grid.nz, D);
    spec.mobile = info[std::size_t(s)].mobile;
    for (int k = 0; k < d.grid.nz; ++k) {
      const double sc = d.plane_environment[std::size_t(k)].layer_fraction[0];
      spec.diffusivity_by_plane[std::size_t(k)] = D * (1 - sc) + D / kStratumCorneumHindrance * sc;
    }
    spec.lateral = numerics::LateralBoundary::periodic;
    specs.push_back(std::move(spec));
  }
  return specs;
}

HealingResult run_3d(const HealingDomain& d, const HealingProgress& progress,
                     const FieldSampling* fields) {
  HealingResult result;
  result.fidelity = Fidelity::three_d;
  result.added_columns = added_columns(d);
  const grid::Grid3D& g = d.grid;
  biology::HealingKinetics kin(d.parameters, d.plane_environment, d.age, true);
  if (!d.condition_tissue.pigment.empty() && d.condition_tissue.pigment.size() != g.size())
    throw std::logic_error("the pigmentary units do not match the healing grid");
  kin.set_pigmentation(d.fitzpatrick, d.condition_tissue.pigment);
  kin.set_drug_action(d.drug_action);
  const auto& info = biology::species_info();

  numerics::StepperOptions options;
  options.scheme = numerics::DiffusionScheme::tr_bdf2;
  options.relative_tolerance = 0.2;
  options.dt_initial = 30.0;
  options.dt_max = 2 * 86400.0;
  options.kinetics_tolerance.relative = 1e-1;
  options.clip_to_lower_bound = true;  // no negative cell counts or concentrations
  for (int s = 0; s < kSpecies; ++s) {
    options.absolute_tolerance.push_back(info[std::size_t(s)].tolerance);
    options.kinetics_tolerance.absolute_by_species.push_back(info[std::size_t(s)].tolerance);
    std::vector<double> bound;
    for (int k = 0; k < g.nz; ++k) bound.push_back(-kin.rest(k).u[std::size_t(s)]);
    options.lower_bound_by_plane.push_back(std::move(bound));
  }
  // Fibroblasts climb the PDGF gradient (the well-mixed model has no gradients).
  numerics::ChemotaxisSpec fibroblast_chemotaxis;
  fibroblast_chemotaxis.species = biology::fibroblasts;
  fibroblast_chemotaxis.attractant = biology::pdgf;
  fibroblast_chemotaxis.coefficient = d.parameters.fibroblast_chemotaxis;
  fibroblast_chemotaxis.half_saturation = d.parameters.pdgf_half_saturation;
  for (int k = 0; k < g.nz; ++k) {
    fibroblast_chemotaxis.species_offset_by_plane.push_back(kin.rest(k).u[biology::fibroblasts]);
    fibroblast_chemotaxis.attractant_offset_by_plane.push_back(kin.rest(k).u[biology::pdgf]);
  }
  options.chemotaxis.push_back(std::move(fibroblast_chemotaxis));
  numerics::ReactionDiffusion engine(g, species_specs(d), &kin, options);
  const std::size_t plane = std::size_t(g.nx) * g.ny, nv = g.size();

  // The conditions' tissue, before any session.
  if (!d.condition_tissue.empty()) {
    auto& f = engine.fields().raw();
    const auto& t = d.condition_tissue;
    for (std::size_t v = 0; v < nv; ++v) {
      f[std::size_t(biology::scar_collagen) * nv + v] = t.scar_collagen[v];
      f[std::size_t(biology::epidermal_melanin) * nv + v] = t.epidermal_melanin[v];
      f[std::size_t(biology::dermal_melanin) * nv + v] = t.dermal_melanin[v];
    }
  }
  const double viable = d.skin.thickness().viable_epidermis;
  auto tissue_columns = [&] {
    TissueColumns c;
    c.resize(g.nx, g.ny);
    const auto& f = engine.fields().raw();
    auto at = [&](int sp, std::size_t v) { return f[std::size_t(sp) * nv + v]; };
    for (int k = 0; k < g.nz; ++k) {
      const State& rest = kin.rest(k).u;
      const double m0 = matrix_of(rest.data());
      // The matrix gain over the histology window, as the well-mixed compartment holds it.
      const double window = d.plane_window_share[std::size_t(k)] * g.dz;
      for (std::size_t col = 0; col < plane; ++col) {
        const std::size_t v = plane * std::size_t(k) + col;
        if (m0 > 0 && window > 0)
          c.matrix_gain[col] +=
              window * matrix_sum([&](biology::Species s) { return at(s, v); }) / m0;
        c.scar_collagen[col] +=
            g.dz * (rest[biology::scar_collagen] + at(biology::scar_collagen, v));
        c.epidermal_melanin[col] +=
            g.dz * (rest[biology::epidermal_melanin] + at(biology::epidermal_melanin, v)) / viable;
        c.dermal_melanin[col] +=
            g.dz * (rest[biology::dermal_melanin] + at(biology::dermal_melanin, v)) / viable;
      }
    }
    return c;
  };
  result.initial = tissue_columns();
  const Seconds section_at = section_time(Seconds(std::llround(d.duration)));
  // The section runs through the row with the most fibrotic tissue (a scar), else the most
  // new matrix.
  auto take_section = [&](Seconds t, const TissueColumns& c) {
    MatrixSection s;
    s.time = t;
    s.nx = g.nx;
    s.nz = g.nz;
    const bool scars =
        std::any_of(result.initial.scar_collagen.begin(), result.initial.scar_collagen.end(),
                    [](double x) { return x > 0; });
    double best = -1e300;
    for (int j = 0; j < g.ny; ++j) {
      double sum = 0;
      for (int i = 0; i < g.nx; ++i)
        sum += scars ? result.initial.scar_collagen[std::size_t(j) * g.nx + i]
                     : c.matrix_gain[std::size_t(j) * g.nx + i];
      if (sum > best) best = sum, s.j = j;
    }
    const auto& f = engine.fields().raw();
    for (int k = 0; k < g.nz; ++k) {
      const State& rest = kin.rest(k).u;
      s.rest_collagen.push_back(rest[biology::collagen_i] + rest[biology::collagen_iii]);
      for (int i = 0; i < g.nx; ++i) {
        const std::size_t v = g.index(i, s.j, k);
        s.collagen.push_back(rest[biology::collagen_i] + rest[biology::collagen_iii] +
                             f[std::size_t(biology::collagen_i) * nv + v] +
                             f[std::size_t(biology::collagen_iii) * nv + v]);
        s.scar_collagen.push_back(rest[biology::scar_collagen] +
                                  f[std::size_t(biology::scar_collagen) * nv + v]);
      }
    }
    return s;
  };

  RegionAccumulator rest_acc;
  for (int k = 0; k < g.nz; ++k)
    rest_acc.add(kin.rest(k).u, d.plane_environment[std::size_t(k)],
                 d.plane_window_share[std::size_t(k)], double(plane));
  const RegionMeans rest_means = rest_acc.means();
  result.rest = observe(rest_means, rest_means, d.parameters, 0.0);
  {
    // The same skin at the reference age (the mechanics' young adult).
    const double ref = d.parameters.reference_age;
    std::vector<biology::TissueEnvironment> envs;
    for (const auto& e : d.plane_environment)
      envs.push_back(biology::make_environment(e.layer_fraction, d.parameters, ref));
    const biology::HealingKinetics young(d.parameters, envs, ref, true);
    RegionAccumulator acc;
    for (int k = 0; k < g.nz; ++k)
      acc.add(young.rest(k).u, envs[std::size_t(k)], d.plane_window_share[std::size_t(k)],
              double(plane));
    const RegionMeans m = acc.means();
    result.young_rest = observe(m, m, d.parameters, 0.0);
  }
  double open_reference = 0;

  // Means of the absolute state over the window's regions. Each plane shares one environment,
  // so a plane's deviations are summed first and the plane is added once.
  auto window_means = [&] {
    RegionAccumulator acc;
    const auto& f = engine.fields().raw();
    for (int k = 0; k < g.nz; ++k) {
      const double share = d.plane_window_share[std::size_t(k)];
      if (share <= 0) continue;
      const State& rest = kin.rest(k).u;
      State mean{};
      for (int sp = 0; sp < kSpecies; ++sp) {
        const double* x = f.data() + std::size_t(sp) * nv + plane * std::size_t(k);
        double sum = 0;
        for (std::size_t v = 0; v < plane; ++v) sum += x[v];
        mean[std::size_t(sp)] = rest[std::size_t(sp)] + sum / double(plane);
      }
      acc.add(mean, d.plane_environment[std::size_t(k)], share, double(plane));
    }
    return acc.means();
  };

  // The engine holds each species as its deviation from the resting state of the voxel's plane;
  // a field is handed out absolute, one species at a time through one buffer (not a copy of the
  // state per time).
  std::vector<double> field_buffer;
  auto capture = [&](std::size_t index, Seconds t) {
    if (!fields || !fields->sink) return;
    const auto& f = engine.fields().raw();
    field_buffer.resize(nv);
    for (biology::Species sp : fields->species) {
      const double* x = f.data() + std::size_t(sp) * nv;
      for (int k = 0; k < g.nz; ++k) {
        const double rest = kin.rest(k).u[std::size_t(sp)];
        for (std::size_t v = plane * std::size_t(k); v < plane * std::size_t(k + 1); ++v)
          field_buffer[v] = rest + x[v];
      }
      fields->sink(index, t, sp, field_buffer);
    }
  };
  // Progress after every accepted step too, not only at output times: a caller that stops the
  // run from its progress callback (simulate()'s cancel) waits one step, not one output interval.
  const double duration = double(std::llround(d.duration));
  const std::function<void(double)> step_progress = [&](double now) {
    if (progress && now < duration) progress(now / duration);  // drive() reports the end
  };
  // Field times that are not output times are extra stops of the engine: its step lands on
  // them and goes on from there, so the rows of timeseries.csv move, but only within the
  // solver's tolerance (measured in docs/numerics.md, "Fields").
  drive(
      d, progress, fields ? fields->times : std::vector<Seconds>{},
      [&](Seconds t) {
        if (double(t) <= engine.time()) return;
        kin.set_occluded(d.occluded_during(engine.time(), double(t)));
        engine.advance_to(double(t), step_progress);
      },
      [&](std::size_t i) {
        const SessionInjury& s = d.sessions[i];
        auto& f = engine.fields().raw();
#pragma omp parallel for schedule(static)
        for (std::size_t v = 0; v < nv; ++v) {
          if (s.damaged[v] <= 0) continue;
          const int k = int(v / plane);
          const State& rest = kin.rest(k).u;
          State u;
          for (int sp = 0; sp < kSpecies; ++sp)
            u[std::size_t(sp)] = rest[std::size_t(sp)] + f[std::size_t(sp) * nv + v];
          kin.apply_injury(u, s.damaged[v], s.clot[v], s.damaged[v]);
          for (int sp = 0; sp < kSpecies; ++sp)
            f[std::size_t(sp) * nv + v] = u[std::size_t(sp)] - rest[std::size_t(sp)];
        }
        open_reference = window_means().epidermis[biology::epidermal_gap];
      },
      [&](Seconds t) {
        auto row = observe(window_means(), rest_means, d.parameters, open_reference);
        add_active_concentrations(row, d, false, double(t));
        check_finite(row, t);
        result.added_rows.push_back(added_concentrations(d, false, double(t)));
        result.times.push_back(t);
        result.rows.push_back(std::move(row));
        result.columns.push_back(tissue_columns());
        if (result.section.empty() && t >= section_at)
          result.section = take_section(t, result.columns.back());
      },
      capture);
  result.steps = engine.stats().accepted;
  result.rejected = engine.stats().rejected_error + engine.stats().rejected_negative;
  result.limiting_species = engine.stats().limiting_species;
  result.smallest_dt = engine.stats().smallest_dt;
  result.largest_dt = engine.stats().largest_dt;
  result.clipped_values = engine.stats().clipped_values;
  return result;
}

}  // namespace

HealingResult run_healing(const HealingDomain& domain, Fidelity fidelity,
                          const HealingProgress& progress, const FieldSampling* fields) {
  if (fields && fidelity == Fidelity::well_mixed)
    throw std::invalid_argument("fields need the 3D model (the well-mixed one has no grid)");
  const auto start = std::chrono::steady_clock::now();
  HealingResult r = fidelity == Fidelity::well_mixed ? run_well_mixed(domain, progress)
                                                     : run_3d(domain, progress, fields);
  r.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace dermasim::simulation

#include "dermasim/simulation/serum_action.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "dermasim/simulation/serum_stage.hpp"
#include "dermasim/transport/transport_parameters.hpp"

namespace dermasim::simulation {

bool serum_acts(const transport::SerumSpec& serum) {
  return serum.present && serum.mode == transport::TransportMode::in_vivo &&
         actives::mechanism_of(serum.active.name) != actives::Mechanism::none;
}

bool any_serum_acts(const scenario::Scenario& sc) {
  return std::any_of(sc.serums.begin(), sc.serums.end(),
                     [](const auto& s) { return serum_acts(s); });
}

namespace {

std::vector<int> application_sessions(const transport::SerumSpec& s) {
  return s.sessions.empty() ? std::vector<int>{s.session} : s.sessions;
}

double session_time(const HealingDomain& d, int session) {
  if (d.sessions.empty()) return 0.0;
  return d.sessions[std::size_t(std::clamp(session, 0, int(d.sessions.size()) - 1))].time;
}

bool close(double a, double b, double relative) {
  return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}

}  // namespace

bool same_channels(const transport::ChannelLattice& a, const transport::ChannelLattice& b,
                   const std::vector<double>& times, double delay) {
  if (!close(a.density, b.density, kSameLattice) || !close(a.depth, b.depth, kSameLattice) ||
      a.radius != b.radius || a.taper_length != b.taper_length)
    return false;
  if (bool(a.open_fraction) != bool(b.open_fraction)) return false;
  if (!a.open_fraction) return true;
  for (double t : times)
    if (std::abs(a.open_fraction(delay + t) - b.open_fraction(delay + t)) > kSameClosure)
      return false;
  return true;
}

double serum_contact_end(const scenario::Scenario& sc, const HealingDomain& d) {
  double end = 0;
  for (const auto& s : sc.serums)
    if (serum_acts(s))
      end = std::max(end, session_time(d, application_sessions(s).back()) + s.delay + s.duration);
  return end;
}

std::vector<SerumApplication> run_serum_course(const scenario::Scenario& sc,
                                               const transport::SerumSpec& serum,
                                               const InjuryStage& stage, const HealingDomain& d,
                                               const HealingResult& closure,
                                               const std::function<void(double)>& progress) {
  const auto sessions = application_sessions(serum);
  const auto times = transport::absorption_schedule(serum.duration, serum.profile_times);
  std::vector<SerumApplication> course;
  std::vector<transport::ChannelLattice> lattices;
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    SerumApplication a;
    a.session = sessions[i];
    a.time = session_time(d, a.session) + serum.delay;
    const auto lattice = serum_channels(sc, serum, stage, d, &closure, a.session);
    for (std::size_t j = 0; j < course.size() && a.reused_from < 0; ++j)
      if (course[j].reused_from < 0 && same_channels(lattice, lattices[j], times, serum.delay)) {
        a.reused_from = int(j);
        a.absorption = course[j].absorption;
      }
    if (!a.absorption) {
      const double n = double(sessions.size());
      a.absorption = std::make_shared<const transport::AbsorptionResult>(run_serum_stage(
          sc, serum, stage, d, &closure,
          progress
              ? std::function<void(double)>([&, i, n](double f) { progress((double(i) + f) / n); })
              : std::function<void(double)>{},
          a.session));
    }
    lattices.push_back(lattice);
    course.push_back(std::move(a));
  }
  return course;
}

std::vector<actives::EnvironmentSpan> environment_spans(const HealingDomain& d, Fidelity f) {
  if (f == Fidelity::well_mixed) return {{0.0, d.window_bottom}};
  std::vector<actives::EnvironmentSpan> spans;
  for (int k = 0; k < d.grid.nz; ++k) spans.push_back({k * d.grid.dz, (k + 1) * d.grid.dz});
  return spans;
}

bool home_serum_acts(const scenario::Scenario& sc) {
  return sc.home_serum.present &&
         actives::mechanism_of(sc.home_serum.serum.active.name) != actives::Mechanism::none;
}

std::vector<double> home_application_times(const scenario::Scenario& sc, const HealingDomain& d) {
  const auto& h = sc.home_serum;
  std::vector<double> times;
  if (!h.present || !(h.every > 0)) return times;
  for (double t = h.start; t + h.serum.duration <= h.end + 1e-6; t += h.every) {
    bool paused = false;
    for (const auto& s : d.sessions)
      if (t >= s.time && t < s.time + h.pause) paused = true;
    if (!paused) times.push_back(t);
  }
  return times;
}

transport::AbsorptionResult run_home_transport(const scenario::Scenario& sc,
                                               const InjuryStage& stage,
                                               const std::function<void(double)>& progress) {
  const auto& serum = sc.home_serum.serum;
  const auto p = transport::TransportParameters::from(sc.parameters);
  transport::TransportSkin skin;
  skin.layers = stage.skin;
  skin.depth = stage.skin.top(skin::Layer::hypodermis);
  const auto c =
      transport::coefficients(serum.active, stage.skin.thickness().stratum_corneum, p, serum.skin);
  return transport::run_absorption(serum, skin, transport::ChannelLattice{}, c, progress);
}

std::shared_ptr<const actives::TissueAction> serum_action(
    const scenario::Scenario& sc, const HealingDomain& d, Fidelity f,
    const std::vector<std::vector<SerumApplication>>& courses,
    const transport::AbsorptionResult* home) {
  std::vector<actives::ActingActive> acting;
  const auto spans = environment_spans(d, f);
  for (std::size_t i = 0; i < courses.size() && i < sc.serums.size(); ++i) {
    if (courses[i].empty()) continue;
    std::vector<actives::Application> apps;
    for (const auto& a : courses[i])
      apps.push_back({a.time, &a.absorption->row_plane_bounds, &a.absorption->rows,
                      &a.absorption->row_profiles});
    actives::ActingActive serum;
    serum.active = sc.serums[i].active.name;
    serum.mechanism = actives::mechanism_of(serum.active);
    serum.exposure =
        actives::Exposure(apps, spans, d.skin, courses[i].front().absorption->coefficients);
    serum.source = serum_source(i);
    acting.push_back(std::move(serum));
  }
  if (home) {
    // Every film meets the same intact skin: one transport, shifted to each application.
    std::vector<actives::Application> apps;
    for (double t : home_application_times(sc, d))
      apps.push_back({t, &home->row_plane_bounds, &home->rows, &home->row_profiles});
    actives::ActingActive regimen;
    regimen.active = sc.home_serum.serum.active.name;
    regimen.mechanism = actives::mechanism_of(regimen.active);
    regimen.exposure = actives::Exposure(apps, spans, d.skin, home->coefficients);
    regimen.source = kHomeSource;
    acting.push_back(std::move(regimen));
  }
  if (acting.empty()) throw std::logic_error("no acting serum");
  return std::make_shared<const actives::TissueAction>(
      actives::PharmacodynamicParameters::from(sc.parameters), std::move(acting));
}

double closure_difference(const HealingResult& a, const HealingResult& b, double from, double to) {
  const auto ca = a.column("channels_open_fraction"), cb = b.column("channels_open_fraction");
  double worst = 0;
  for (std::size_t i = 0; i < a.times.size(); ++i) {
    const double t = double(a.times[i]);
    if (t < from || t > to) continue;
    const auto j = std::lower_bound(b.times.begin(), b.times.end(), a.times[i]);
    if (j == b.times.end() || *j != a.times[i]) continue;
    worst = std::max(worst, std::abs(ca[i] - cb[std::size_t(j - b.times.begin())]));
  }
  return worst;
}

}  // namespace dermasim::simulation

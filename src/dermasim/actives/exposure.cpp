#include "dermasim/actives/exposure.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace dermasim::actives {

namespace {

/// Tail nodes per clearance time constant, and how many time constants the tail runs (e^-7: a
/// thousandth of the concentration at the end of the contact). One node past the tail holds the
/// application's end (its response is 0 there): without it, a later application's first node
/// would be interpolated to from the tail's last value, an application of e^-7 of the contact's
/// end spread over the whole gap between them (over two weeks, a third more exposure).
constexpr double kTailNodesPerTau = 4;
constexpr double kTailTaus = 7;
constexpr int kTailNodes = int(kTailNodesPerTau * kTailTaus);
/// Likewise a node this long (s) before each application holds the others' values only, so that
/// an application starts at its start and is not ramped into from the node before it.
constexpr double kStartLead = 1.0;

/// Weights of each transport plane (bounded by `bounds`) in [z0, z1) of the layers in
/// `layers`, by overlap length.
std::vector<double> plane_weights(const std::vector<double>& bounds, const skin::LayerStack& skin,
                                  double z0, double z1, std::initializer_list<skin::Layer> layers) {
  std::vector<double> w(bounds.size() > 1 ? bounds.size() - 1 : 0, 0.0);
  for (std::size_t b = 0; b < w.size(); ++b)
    for (skin::Layer l : layers) {
      const double lo = std::max({bounds[b], z0, skin.top(l)});
      const double hi = std::min({bounds[b + 1], z1, skin.bottom(l)});
      if (hi > lo) w[b] += hi - lo;
    }
  return w;
}

/// One application's free concentration at a time since it (s), given its per-row means.
double response(const std::vector<double>& tau, const std::vector<double>& c, double since,
                double clearance) {
  if (since < 0 || tau.empty()) return 0.0;
  if (since >= tau.back()) {
    if (!(clearance > 0)) return c.back();
    const double cleared = clearance * (since - tau.back());
    // Past the tail's last node the application has ended (its end node is one more step on).
    if (cleared > (kTailNodes + 0.5) / kTailNodesPerTau) return 0.0;
    return c.back() * std::exp(-cleared);
  }
  const auto hi = std::upper_bound(tau.begin(), tau.end(), since);
  if (hi == tau.begin()) return c.front();
  const std::size_t i = std::size_t(hi - tau.begin());
  const double f = (since - tau[i - 1]) / (tau[i] - tau[i - 1]);
  return c[i - 1] + f * (c[i] - c[i - 1]);
}

}  // namespace

Exposure::Exposure(const std::vector<Application>& applications,
                   const std::vector<EnvironmentSpan>& spans, const skin::LayerStack& skin,
                   const transport::Coefficients& c) {
  const double k_ve = c.viable_epidermis.partition, k_d = c.dermis.partition;
  if (!(k_ve > 0) || !(k_d > 0)) throw std::invalid_argument("tissue partitions must be > 0");
  const double clearance = c.clearance;
  // Per application and environment: the mean free concentration at each of its rows.
  struct Course {
    double time;
    const std::vector<std::vector<double>>* profiles;  // the transport it reads
    std::vector<double> tau;
    std::vector<std::vector<double>> epi, der;  // [environment][row]
  };
  std::vector<Course> courses;
  for (const Application& a : applications) {
    if (!a.bounds || !a.rows || !a.profiles || a.rows->size() != a.profiles->size())
      throw std::invalid_argument("an application without its transport profiles");
    // Applications that share a transport (a home regimen's films) share its layer means.
    const auto same = std::find_if(courses.begin(), courses.end(), [&](const Course& other) {
      return other.profiles == a.profiles;
    });
    if (same != courses.end()) {
      Course copy = *same;
      copy.time = a.time;
      courses.push_back(std::move(copy));
      continue;
    }
    Course course{a.time, a.profiles, {}, {}, {}};
    for (const auto& r : *a.rows) course.tau.push_back(r.time);
    for (const EnvironmentSpan& s : spans) {
      const auto we =
          plane_weights(*a.bounds, skin, s.top, s.bottom, {skin::Layer::viable_epidermis});
      const auto wd = plane_weights(*a.bounds, skin, s.top, s.bottom,
                                    {skin::Layer::papillary_dermis, skin::Layer::reticular_dermis});
      double se = 0, sd = 0;
      for (std::size_t b = 0; b < we.size(); ++b) se += we[b], sd += wd[b];
      std::vector<double> e, d;
      for (const auto& profile : *a.profiles) {
        double me = 0, md = 0;
        for (std::size_t b = 0; b < profile.size() && b < we.size(); ++b)
          me += we[b] * profile[b], md += wd[b] * profile[b];
        e.push_back(se > 0 ? me / se / k_ve : 0.0);
        d.push_back(sd > 0 ? md / sd / k_d : 0.0);
      }
      course.epi.push_back(std::move(e));
      course.der.push_back(std::move(d));
    }
    courses.push_back(std::move(course));
  }
  // The nodes: just before every application, its rows, then its clearance tail and its end.
  for (const Course& course : courses) {
    if (course.time >= kStartLead) t_.push_back(course.time - kStartLead);
    for (double tau : course.tau) t_.push_back(course.time + tau);
    if (clearance > 0 && !course.tau.empty()) {
      const double step = 1.0 / (clearance * kTailNodesPerTau);
      for (int j = 1; j <= kTailNodes + 1; ++j)
        t_.push_back(course.time + course.tau.back() + j * step);
    }
  }
  std::sort(t_.begin(), t_.end());
  t_.erase(
      std::unique(t_.begin(), t_.end(), [](double x, double y) { return std::abs(x - y) < 1e-6; }),
      t_.end());
  epidermis_.assign(spans.size(), std::vector<double>(t_.size(), 0.0));
  dermis_.assign(spans.size(), std::vector<double>(t_.size(), 0.0));
  for (const Course& course : courses) {
    // Before its application a course adds nothing: start at its first node.
    const std::size_t first =
        std::size_t(std::lower_bound(t_.begin(), t_.end(), course.time - 1e-6) - t_.begin());
    for (std::size_t e = 0; e < spans.size(); ++e)
      for (std::size_t i = first; i < t_.size(); ++i) {
        const double since = t_[i] - course.time;
        epidermis_[e][i] += response(course.tau, course.epi[e], since, clearance);
        dermis_[e][i] += response(course.tau, course.der[e], since, clearance);
      }
  }
  for (std::size_t e = 0; e < spans.size(); ++e)
    for (std::size_t i = 0; i < t_.size(); ++i)
      peak_ = std::max({peak_, epidermis_[e][i], dermis_[e][i]});
}

Exposure::Interval Exposure::locate(double t) const {
  // Outside the nodes (before the first application, past the last tail) nothing is there.
  if (t_.empty() || t < t_.front() || t >= t_.back()) return {0, 0.0, false};
  const std::size_t i = std::size_t(std::upper_bound(t_.begin(), t_.end(), t) - t_.begin());
  return {i, (t - t_[i - 1]) / (t_[i] - t_[i - 1]), true};
}

double Exposure::value(const std::vector<double>& series, const Interval& at) {
  if (!at.inside) return 0.0;
  return series[at.i - 1] + at.f * (series[at.i] - series[at.i - 1]);
}

double Exposure::epidermis(int environment, double t) const {
  return at(environment, t).epidermis;
}

double Exposure::dermis(int environment, double t) const {
  return at(environment, t).dermis;
}

Exposure::Both Exposure::at(int environment, double t) const {
  if (environment < 0 || std::size_t(environment) >= epidermis_.size()) return {};
  const Interval where = locate(t);
  const std::size_t e = std::size_t(environment);
  return {value(epidermis_[e], where), value(dermis_[e], where)};
}

}  // namespace dermasim::actives

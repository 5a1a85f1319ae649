#include "dermasim/outcomes/roughness.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <unsupported/Eigen/FFT>

namespace dermasim::outcomes {

std::vector<double> gaussian_mean_line(const std::vector<double>& z, double dx, double cutoff) {
  const std::size_t n = z.size();
  if (n == 0) return {};
  Eigen::FFT<double> fft;
  std::vector<std::complex<double>> spectrum;
  fft.fwd(spectrum, z);
  const double alpha = std::sqrt(std::log(2.0) / std::numbers::pi);
  const double length = dx * double(n);
  for (std::size_t k = 0; k < spectrum.size(); ++k) {
    // Signed frequency of bin k (cycles per metre).
    const double m = k <= n / 2 ? double(k) : double(k) - double(n);
    const double f = m / length;
    spectrum[k] *= std::exp(-std::numbers::pi * (alpha * cutoff * f) * (alpha * cutoff * f));
  }
  std::vector<double> mean(n);
  fft.inv(mean, spectrum);
  return mean;
}

Roughness profile_roughness(const std::vector<double>& z, double dx, double cutoff) {
  const std::size_t n = z.size();
  Roughness r;
  if (n < 2) return r;
  const auto mean = gaussian_mean_line(z, dx, cutoff);
  std::vector<double> rough(n);
  for (std::size_t i = 0; i < n; ++i) rough[i] = z[i] - mean[i];
  // Ra over one period: the value over any whole number of periods, so no sample weighs more
  // than another however the evaluation length wraps.
  double sum_abs = 0;
  for (double v : rough) sum_abs += std::abs(v);
  r.ra = sum_abs / double(n);
  // Rz: five sampling lengths of lc, followed around the period.
  const std::size_t per_length = std::max<std::size_t>(1, std::size_t(std::lround(cutoff / dx)));
  double sum_rz = 0;
  for (int s = 0; s < 5; ++s) {
    double peak = -1e300, valley = 1e300;
    for (std::size_t q = 0; q < per_length; ++q) {
      const double v = rough[(std::size_t(s) * per_length + q) % n];
      peak = std::max(peak, v);
      valley = std::min(valley, v);
    }
    sum_rz += peak - valley;
  }
  r.rz = sum_rz / 5.0;
  return r;
}

Roughness surface_roughness(const std::vector<double>& h, int nx, int ny, double dx,
                            double cutoff) {
  Roughness mean;
  if (nx < 2 || ny < 1) return mean;
  std::vector<double> row(static_cast<std::size_t>(nx));
  for (int j = 0; j < ny; ++j) {
    std::copy(h.begin() + long(j) * nx, h.begin() + long(j + 1) * nx, row.begin());
    const Roughness r = profile_roughness(row, dx, cutoff);
    mean.ra += r.ra / ny;
    mean.rz += r.rz / ny;
  }
  return mean;
}

}  // namespace dermasim::outcomes

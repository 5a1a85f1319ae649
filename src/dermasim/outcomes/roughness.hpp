#pragma once
// Surface roughness as profilometry reports it. The height map is periodic (the patch tiles the
// treated area), so each profile is filtered as a periodic signal.
//  - Mean line: the Gaussian profile filter of ISO 16610-21 (formerly ISO 11562), weighting
//    s(x) = exp(-pi (x / (a lc))^2) / (a lc) with a = sqrt(ln 2 / pi); its transfer function
//    exp(-pi (a lc f)^2) passes 50 % of the amplitude at the cut-off wavelength lc. Applied in
//    the frequency domain (Eigen's FFT), exact for a periodic profile.
//  - Ra: mean absolute deviation of the roughness profile from zero (ISO 4287:1997, 4.2.1), over
//    one period (for a periodic profile, the value over any whole number of periods); Rz: the
//    mean over five sampling lengths lr = lc of the largest peak height plus the largest valley
//    depth in each (ISO 4287 Rz, = DIN 4768 Rz; not RzJIS), followed around the period when the
//    evaluation length 5 lc exceeds the patch.
#include <vector>

namespace dermasim::outcomes {

struct Roughness {
  double ra = 0;  // m
  double rz = 0;  // m
};

/// The Gaussian mean line of a periodic profile sampled every dx.
std::vector<double> gaussian_mean_line(const std::vector<double>& z, double dx, double cutoff);

/// Ra and Rz of one periodic profile.
Roughness profile_roughness(const std::vector<double>& z, double dx, double cutoff);

/// Means of Ra and Rz over the profiles along x of a height map (nx x ny, x fastest), as a
/// profilometer averages parallel traces.
Roughness surface_roughness(const std::vector<double>& h, int nx, int ny, double dx, double cutoff);

}  // namespace dermasim::outcomes

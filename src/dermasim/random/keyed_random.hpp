#pragma once
// Randomness keyed by what it is for, not by the order it is drawn in.
//
// Every random number is a pure function of (scenario seed; session, pass, identity, purpose),
// drawn from the Philox4x32-10 counter-based generator (Salmon et al. 2011, SC'11 "Parallel random
// numbers: as easy as 1, 2, 3"; Random123 library). Results are therefore identical at any thread
// count and in any loop order, and adding a new use of randomness does not shift the existing ones.
#include <Random123/philox.h>
#include <Random123/uniform.hpp>

#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <numbers>

namespace dermasim::random {

/// What a random draw is for. Values are part of the reproducibility contract: never renumber.
enum class Purpose : std::uint32_t {
  lane_offset = 1,          // where a stroke lane starts across its direction
  row_phase = 2,            // where along a stroke the first needle row lands
  lateral_jitter = 3,       // hand wobble across the stroke
  speed_jitter = 4,         // hand speed of one stroke
  depth = 5,                // needle-to-needle spread of penetration depth
  along_jitter = 6,         // hand wobble along the stroke
  press_offset = 7,         // where a stamp lands
  condition_placement = 8,  // where scars and pigmented blotches lie on the patch
};

/// A 64-bit identity from integer coordinates (lane, row, needle...), by SplitMix64 mixing
/// (Steele, Lea & Flood 2014, OOPSLA): the same needle gets the same identity however large the
/// patch around it, so its random draws do not depend on what else is simulated.
inline std::uint64_t identity(std::initializer_list<std::int64_t> coordinates) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (std::int64_t c : coordinates) {
    h ^= static_cast<std::uint64_t>(c) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h += 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
  }
  return h;
}

class KeyedRandom {
 public:
  explicit KeyedRandom(std::uint64_t seed)
      : key_{{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)}} {}

  /// Four independent uniform numbers in (0, 1] for this key: the counter is (session and
  /// purpose, pass, the two halves of the 64-bit identity).
  std::array<double, 4> uniforms(std::uint32_t session, std::uint32_t pass, std::uint64_t id,
                                 Purpose purpose) const {
    using Philox = r123::Philox4x32;
    const Philox::ctr_type ctr{{(session & 0xfffffu) | (static_cast<std::uint32_t>(purpose) << 20),
                                pass, static_cast<std::uint32_t>(id),
                                static_cast<std::uint32_t>(id >> 32)}};
    const Philox::ctr_type r = Philox()(ctr, key_);
    return {r123::u01<double>(r[0]), r123::u01<double>(r[1]), r123::u01<double>(r[2]),
            r123::u01<double>(r[3])};
  }

  double uniform(std::uint32_t session, std::uint32_t pass, std::uint64_t id,
                 Purpose purpose) const {
    return uniforms(session, pass, id, purpose)[0];
  }

  /// A standard normal deviate (Box-Muller on the first two uniforms of the key).
  double normal(std::uint32_t session, std::uint32_t pass, std::uint64_t id,
                Purpose purpose) const {
    const auto u = uniforms(session, pass, id, purpose);
    return std::sqrt(-2.0 * std::log(u[0])) * std::cos(2.0 * std::numbers::pi * u[1]);
  }

 private:
  r123::Philox4x32::key_type key_;
};

}  // namespace dermasim::random

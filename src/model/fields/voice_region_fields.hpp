#pragma once
// JSON shape of hikari/model/voice_region.hpp.

#include "model/json/codec.hpp"

#include <hikari/model/voice_region.hpp>

namespace hikari::json {

template <>
struct Fields<VoiceRegion> {
    using T = VoiceRegion;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("name", &T::name), req("optimal", &T::optimal),
                   req("deprecated", &T::deprecated), req("custom", &T::custom)};
};

}  // namespace hikari::json

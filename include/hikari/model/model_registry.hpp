#pragma once
// Every model that has a JSON reader, by name: lets tools (hikari-inspect, the fuzzer) read
// text as a model chosen at run time.
//
//   const hikari::ModelCodec* codec = hikari::find_model_codec("guild");
//   std::string normalised = codec->reformat(text);  // read as a Guild, written back

#include <span>
#include <string>
#include <string_view>

namespace hikari {

struct ModelCodec {
    /// snake_case, as Discord's docs name the object ("guild", "guild_member").
    std::string_view name;
    /// Reads `json` as the model and writes it back (to_json). Throws JsonError.
    std::string (*reformat)(std::string_view json);
};

/// Every registered model, sorted by name.
[[nodiscard]] std::span<const ModelCodec> model_codecs() noexcept;

/// The model named `name`, or null.
[[nodiscard]] const ModelCodec* find_model_codec(std::string_view name) noexcept;

}  // namespace hikari

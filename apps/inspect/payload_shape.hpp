#pragma once
// hikari-inspect accepts a whole gateway payload or only its `d` object.

#include <string>
#include <string_view>

namespace hikari::inspect {

/// `text` itself when it is a gateway payload (an object with "op" and "d" members at its
/// top level), else `text` wrapped as the `d` of a dispatch called `name`.
[[nodiscard]] std::string as_gateway_payload(std::string_view name, std::string_view text);

}  // namespace hikari::inspect

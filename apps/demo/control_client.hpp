#pragma once
// Posts to the sandbox's /_sandbox control API, standing in for a human typing in Discord.

#include <cstdint>
#include <string>

namespace hikari::demo {

/// POST http://127.0.0.1:<port><target> with a JSON body; returns the response body.
/// Throws std::runtime_error on a non-2xx answer.
std::string post_json(std::uint16_t port, const std::string& target, const std::string& body);

/// GET http://127.0.0.1:<port><target>; returns the response body. Throws like post_json.
std::string get_json(std::uint16_t port, const std::string& target);

}  // namespace hikari::demo

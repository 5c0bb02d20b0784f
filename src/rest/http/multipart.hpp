#pragma once
// multipart/form-data bodies as Discord takes attachments: a payload_json part plus
// files[n] parts whose content stays on disk (or in its buffer) until the body is written.

#include "rest/http/http_message.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hikari::rest::http {

struct MultipartPart {
    std::string name;                     // form field name: "payload_json", "files[0]"
    std::optional<std::string> filename;  // set for file parts
    std::string content_type;             // "application/json", "image/png", ...
    std::variant<std::string, FileChunk> content;
};

/// The encoded body. Throws ValueError for a field name or file name holding a quote, a line
/// break or another control character (they would corrupt the part headers).
[[nodiscard]] Body make_multipart(const std::vector<MultipartPart>& parts,
                                  const std::string& boundary);

/// A fresh random boundary that cannot collide with typical content.
[[nodiscard]] std::string random_boundary();

}  // namespace hikari::rest::http

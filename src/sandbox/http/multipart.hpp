#pragma once
// A strict multipart/form-data reader (RFC 7578) for message uploads: "payload_json" plus
// "files[n]" parts.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hikari::sandbox {

struct MultipartPart {
    std::string name;      // form field name ("payload_json", "files[0]")
    std::string filename;  // empty when the part is not a file
    std::string content_type;
    std::string data;
};

/// The boundary parameter of a multipart/form-data Content-Type, or nullopt when the type is
/// something else. Throws hikari::ParseError when it is multipart without a usable boundary.
std::optional<std::string> multipart_boundary(std::string_view content_type);

/// Splits a body into its parts. Throws hikari::ParseError on malformed input (missing
/// delimiters, headers without a blank line, parts without a name, no closing delimiter).
std::vector<MultipartPart> parse_multipart(std::string_view body, std::string_view boundary);

}  // namespace hikari::sandbox

#pragma once
// Flood mode: a stream of realistic MESSAGE_CREATE dispatches for benchmarks. The message
// body is serialised once; each frame only splices in its id and sequence number. Frames go
// out in batches of a few hundred per socket write; with transport compression the whole
// flood is compressed when it is requested, so the compressor's speed is not what a
// benchmark measures.

#include <hikari/core/snowflake.hpp>

#include <boost/json/object.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace hikari::sandbox {

class FloodMessages {
  public:
    /// A MESSAGE_CREATE in `channel` of `guild` written by `author` (a user object, with
    /// `member` its guild member or empty), padded to about `payload_bytes` per frame.
    FloodMessages(Snowflake guild, Snowflake channel, const boost::json::object& author,
                  const boost::json::object& member, std::size_t payload_bytes, bool with_content);

    /// The serialised "d" of message number `index` (ids increase with index).
    [[nodiscard]] std::string body(std::uint64_t index) const;
    /// The same, appended to `out`.
    void append_body(std::string& out, std::uint64_t index) const;

  private:
    std::string head_;  // {"id":"
    std::string tail_;  // ", ...rest of the message}
    std::uint64_t first_id_;
};

}  // namespace hikari::sandbox

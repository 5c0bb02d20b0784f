#pragma once
// Users, each stored once as a packed record and shared by reference count: every cached
// member and message holds one reference to its user, and the user goes with the last one.

#include "cache/id_table.hpp"
#include "cache/packed_text.hpp"

#include <hikari/model/presence.hpp>
#include <hikari/model/user.hpp>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace hikari::cache_detail {

/// 80 bytes. Fields that do not fit the packed form (banner, accent colour, decorations,
/// account fields, odd hashes or discriminators) go to `extras`, a partial User that only
/// a few users need.
struct UserRecord {
    std::uint64_t id = 0;
    PackedText<32> text;  ///< username, global_name
    std::array<std::uint8_t, 16> avatar{};
    std::uint32_t refs = 0;
    std::uint32_t public_flags = 0;
    std::uint32_t bits = 0;  ///< field states, see user_store.cpp
    std::uint16_t discriminator = 0;
    std::unique_ptr<User> extras;
};

class UserStore {
  public:
    /// Stores or refreshes `user` and adds one reference to it.
    void acquire(const User& user);
    /// Refreshes the stored fields of `user` when it is stored; adds no reference.
    void refresh(const User& user);
    /// Drops one reference; the user goes with the last.
    void release(Snowflake id) noexcept;

    [[nodiscard]] std::optional<User> get(Snowflake id) const;
    [[nodiscard]] std::vector<User> all() const;
    [[nodiscard]] std::size_t size() const noexcept { return table_.size(); }
    [[nodiscard]] std::uint32_t references(Snowflake id) const noexcept;
    /// Fills the name, avatar and bot flag of a presence's partial user from the stored user.
    void fill(PartialUser& partial) const;
    void clear() noexcept { table_.clear(); }

  private:
    IdTable<UserRecord> table_;
};

}  // namespace hikari::cache_detail

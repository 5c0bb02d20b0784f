#pragma once
// The members of one guild as packed records: the user by id (shared in the UserStore), role
// ids interned per guild as 16-bit numbers, timestamps as integers.

#include "cache/id_table.hpp"
#include "cache/packed_text.hpp"
#include "cache/user_store.hpp"

#include <hikari/model/member.hpp>

#include <boost/unordered/unordered_flat_map.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace hikari::cache_detail {

/// Up to four interned role numbers inline, more in one heap block; the count is kept by the
/// owner (MemberRecord), so this is 8 bytes.
class RoleSlots {
  public:
    static constexpr std::size_t inline_count = 4;

    [[nodiscard]] const std::uint16_t* data(std::size_t count) const noexcept {
        return count <= inline_count ? inline_.data() : heap_;
    }
    /// Replaces the content; `old_count` is what it held.
    void assign(const std::vector<std::uint16_t>& roles, std::size_t old_count);
    void release(std::size_t count) noexcept;
    void move_from(RoleSlots& other) noexcept { inline_ = other.inline_; }

  private:
    union {
        std::array<std::uint16_t, inline_count> inline_{};
        std::uint16_t* heap_;
    };
};

/// The member fields that are rarely set, kept on the heap only by members that set one.
struct MemberExtras {
    UndefinedNoneOr<ImageHash> avatar;
    UndefinedNoneOr<ImageHash> banner;
    UndefinedNoneOr<Timestamp> premium_since;
    UndefinedNoneOr<Timestamp> communication_disabled_until;
    std::optional<Permissions> permissions;
    UndefinedNoneOr<Box<AvatarDecorationData>> avatar_decoration_data;
    UndefinedNoneOr<Box<Collectibles>> collectibles;
};

/// 56 bytes. Guild avatars, banners, boost and timeout times, permissions and decorations
/// go to `extras`.
class MemberRecord {
  public:
    MemberRecord() = default;
    MemberRecord(const MemberRecord&) = delete;
    MemberRecord& operator=(const MemberRecord&) = delete;
    MemberRecord(MemberRecord&& other) noexcept;
    MemberRecord& operator=(MemberRecord&& other) noexcept;
    ~MemberRecord();

    [[nodiscard]] std::size_t role_count() const noexcept { return bits >> 22U; }
    void set_roles(const std::vector<std::uint16_t>& list);

    std::uint64_t id = 0;  ///< the user's id
    std::int64_t joined_at = 0;
    PackedText<16> nick;
    RoleSlots roles;
    std::uint32_t flags = 0;
    std::uint32_t bits = 0;  ///< field states, and the role count in the top 10 bits
    std::unique_ptr<MemberExtras> extras;
};

class MemberStore {
  public:
    /// Stores or replaces `member` (whose `user` must be set) and its user.
    void put(const Member& member, UserStore& users);
    /// Removes the member and its user reference; returns whether it was there.
    bool remove(Snowflake user, UserStore& users) noexcept;
    void clear(UserStore& users) noexcept;
    /// Takes a deleted role out of every member's list.
    void remove_role(Snowflake role);
    void reserve(std::size_t count) { table_.reserve(count); }

    [[nodiscard]] std::optional<Member> get(Snowflake user, const UserStore& users) const;
    [[nodiscard]] std::vector<Member> all(const UserStore& users) const;
    [[nodiscard]] bool contains(Snowflake user) const noexcept {
        return table_.find(user.value()) != nullptr;
    }
    [[nodiscard]] std::size_t size() const noexcept { return table_.size(); }

  private:
    [[nodiscard]] Member unpack(const MemberRecord& record, const UserStore& users) const;
    std::uint16_t intern(Snowflake role);

    IdTable<MemberRecord> table_;
    std::vector<std::uint64_t> role_ids_;
    boost::unordered_flat_map<std::uint64_t, std::uint16_t> role_numbers_;
};

}  // namespace hikari::cache_detail

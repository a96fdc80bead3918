package org.civitas.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.domain.Fixtures.fr;

import org.junit.jupiter.api.Test;

/** A post exists in its unit whether or not someone holds it. */
class VacantPostTest {

  @Test
  void a_vacant_post_has_its_title_and_role_and_no_holder() {
    // when
    Post post = Post.vacant(fr("Secrétaire général"), PostRole.HEAD);

    // then
    assertThat(post.title()).isEqualTo(fr("Secrétaire général"));
    assertThat(post.role()).isEqualTo(PostRole.HEAD);
    assertThat(post.holder()).isEmpty();
  }
}

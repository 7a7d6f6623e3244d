// The page's own script: a reader poll and a comment box. Who Said must leave both working.
(function () {
  const votes = { yes: 0, no: 0 };
  const result = document.getElementById('poll-result');

  function vote(choice) {
    votes[choice] += 1;
    const total = votes.yes + votes.no;
    result.textContent = `Yes ${votes.yes} · No ${votes.no} (${total} vote${total === 1 ? '' : 's'})`;
  }
  document.getElementById('vote-yes').addEventListener('click', () => vote('yes'));
  document.getElementById('vote-no').addEventListener('click', () => vote('no'));

  const form = document.getElementById('comment-form');
  const list = document.getElementById('comment-list');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = form.elements.namedItem('name').value.trim() || 'A reader';
    const body = form.elements.namedItem('body').value.trim();
    if (!body) return;
    const item = document.createElement('li');
    const who = document.createElement('strong');
    who.textContent = name;
    item.append(who, document.createTextNode(`: ${body}`));
    list.prepend(item);
    form.reset();
  });
})();

// A plain textarea: what the oldest CMSs still offer.
document.getElementById('content').value = window.CMS_SAMPLE.text;
window.wireCmsPublishButtons(() => {});

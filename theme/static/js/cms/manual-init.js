window.CMS_MANUAL_INIT = true; // admin.js registers our format before Decap CMS starts
